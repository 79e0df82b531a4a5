package dev.earmark;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earmark.catalogue.entity.EpisodeStatus;
import dev.earmark.catalogue.entity.TextSource;
import dev.earmark.curation.web.EpisodeEditorBacking;
import dev.earmark.curation.web.ShowFormBacking;
import dev.earmark.curation.web.SummaryJobsBacking;
import dev.earmark.exports.control.ExportSelection;
import dev.earmark.exports.web.ExportServicesBacking;
import dev.earmark.feeds.boundary.ImportReport;
import dev.earmark.feeds.boundary.ItemOutcome;
import dev.earmark.feeds.boundary.ItemReport;
import dev.earmark.feeds.boundary.OpmlImport;
import dev.earmark.feeds.entity.RefreshInterval;
import dev.earmark.feeds.web.FeedImportBacking;
import dev.earmark.feeds.web.FeedSourcesBacking;
import dev.earmark.snips.entity.Sharing;
import dev.earmark.snips.web.SnipBacking;
import dev.earmark.summaries.boundary.Suggested;
import dev.earmark.summaries.control.EpisodeSuggestion;
import dev.earmark.summaries.control.SuggestedChapter;
import dev.earmark.transcripts.boundary.JobCounts;
import jakarta.enterprise.context.NormalScope;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Whatever a session keeps must move to another server with it (the WAR is distributable): every bean of a
 * passivating scope (session, view, conversation, flow: found among the compiled classes by its scope, so a new one
 * cannot be forgotten) is written and read back after typical use, and keeps what the person filled in.
 */
class SessionStateTest {

    /** Each passivating bean, as a person leaves it between two requests, and what must survive the move. */
    private static final Map<Class<?>, Sample<?>> SAMPLES = samples();

    @Test
    void everyBeanOfAPassivatingScopeHasASample() {
        Set<String> found = passivatingBeans().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> sampled = SAMPLES.keySet().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(found.isEmpty(), "no session- or view-scoped bean found: the scan is broken");
        assertEquals(sampled, found, "a bean of a passivating scope needs a sample here (and to be serializable)");
    }

    @Test
    void injectedServicesMoveAsProxies() {
        List<String> wrong = new ArrayList<>();
        for (Class<?> bean : passivatingBeans()) {
            for (Field field : fields(bean)) {
                if (!field.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                if (Modifier.isTransient(field.getModifiers())) {
                    wrong.add(field + ": transient, so null after the session moved (it is not injected again)");
                } else if (!normalScoped(field.getType()) && !Serializable.class.isAssignableFrom(field.getType())) {
                    wrong.add(field + ": neither a normal-scoped bean (a proxy) nor serializable");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void keptFieldsAreDeclaredSerializable() {
        List<String> wrong = new ArrayList<>();
        for (Class<?> bean : passivatingBeans()) {
            for (Field field : kept(bean)) {
                if (!declaredSerializable(field.getGenericType())) {
                    wrong.add(field + " " + field.getGenericType().getTypeName());
                }
            }
        }
        assertEquals(List.of(), wrong, "kept in the view or session, so to be serializable (or transient and read again)");
    }

    @Test
    void everySampleFillsWhatItsBeanKeeps() {
        List<String> unfilled = new ArrayList<>();
        SAMPLES.forEach((bean, sample) -> {
            Object filled = sample.filled().get();
            for (Field field : kept(bean)) {
                Object value = field.getType().isPrimitive() ? 0 : read(field, filled);
                if (value == null || value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty()) {
                    unfilled.add(field.toString());
                }
            }
        });
        assertEquals(List.of(), unfilled, "a field the sample leaves empty is not tested for the move");
    }

    @Test
    void everyBeanKeepsItsStateThroughSerialization() {
        assertAll(SAMPLES.values().stream().map(sample -> () -> {
            Object moved = roundTrip(sample.filled().get());
            ((Consumer<Object>) sample.survived()).accept(moved);
        }));
    }

    private static Map<Class<?>, Sample<?>> samples() {
        Map<Class<?>, Sample<?>> samples = new LinkedHashMap<>();
        put(samples, EpisodeEditorBacking.class, () -> {
            EpisodeEditorBacking editor = new EpisodeEditorBacking();
            editor.setId(41L);
            editor.setShowSlug("night-shift");
            editor.getForm().setTitle("Half typed");
            editor.getForm().setDescription("Notes in **progress**");
            editor.getForm().setStatus(EpisodeStatus.values()[0]);
            editor.getForm().getAbout().setSummary("What it is about");
            editor.getChapters().add();
            editor.getChapters().getRows().get(0).setStart("1:14");
            editor.getChapters().getRows().get(0).setTitle("Intro");
            editor.getChapters().setPasted("0:00 Start");
            Suggested suggested = new Suggested(new EpisodeSuggestion("A summary", List.of("one", "two", "three"),
                    List.of(new SuggestedChapter(0, "Opening")), TextSource.values()[0], null), null);
            set(editor, "review", construct(field(EpisodeEditorBacking.class, "review").getType(), suggested));
            set(editor, "confirmingDelete", true);
            set(editor, "conflict", true);
            return editor;
        }, editor -> {
            assertEquals(41L, editor.getId());
            assertEquals("night-shift", editor.getShowSlug());
            assertEquals("Half typed", editor.getForm().getTitle());
            assertEquals("Notes in **progress**", editor.getForm().getDescription());
            assertEquals("What it is about", editor.getForm().getAbout().getSummary());
            assertEquals("1:14", editor.getChapters().getRows().get(0).getStart());
            assertEquals("Intro", editor.getChapters().getRows().get(0).getTitle());
            assertEquals("0:00 Start", editor.getChapters().getPasted());
            assertEquals("A summary", editor.getReview().getAbout().getSummary());
            assertTrue(editor.isConfirmingDelete());
            assertTrue(editor.isConflict());
        });
        put(samples, ShowFormBacking.class, () -> {
            ShowFormBacking backing = new ShowFormBacking();
            backing.setId(7L);
            backing.getForm().setTitle("The Night Shift");
            backing.getForm().setAuthor("Ada");
            backing.getForm().setCategories("Technology");
            backing.getForm().setExplicit(true);
            return backing;
        }, backing -> {
            assertEquals(7L, backing.getId());
            assertEquals("The Night Shift", backing.getForm().getTitle());
            assertEquals("Ada", backing.getForm().getAuthor());
            assertEquals("Technology", backing.getForm().getCategories());
            assertTrue(backing.getForm().isExplicit());
        });
        put(samples, SummaryJobsBacking.class, () -> {
            SummaryJobsBacking backing = new SummaryJobsBacking();
            set(backing, "showSlug", "night-shift");
            set(backing, "toSummarise", 3L);
            set(backing, "progress", new JobCounts(1, 2, 3, 4));
            return backing;
        }, backing -> {
            assertEquals(3L, backing.getToSummarise());
            assertEquals(new JobCounts(1, 2, 3, 4), backing.getProgress());
            assertEquals("night-shift", read(field(SummaryJobsBacking.class, "showSlug"), backing));
        });
        put(samples, SnipBacking.class, () -> {
            SnipBacking backing = new SnipBacking();
            backing.setId(12L);
            backing.getForm().setTitle("That quote");
            backing.getForm().setNote("Look it up");
            backing.getForm().setTags("quotes, later");
            backing.getForm().setSharing(Sharing.values()[Sharing.values().length - 1]);
            set(backing, "deleted", true);
            return backing;
        }, backing -> {
            assertEquals(12L, backing.getId());
            assertEquals("That quote", backing.getForm().getTitle());
            assertEquals("Look it up", backing.getForm().getNote());
            assertEquals("quotes, later", backing.getForm().getTags());
            assertEquals(Sharing.values()[Sharing.values().length - 1], backing.getForm().getSharing());
            assertTrue(backing.isDeleted());
        });
        put(samples, ExportServicesBacking.class, () -> {
            ExportServicesBacking backing = new ExportServicesBacking();
            set(backing, "selection", ExportSelection.of("3", null, "quotes", "night"));
            backing.setReadwiseToken("secret-readwise");
            backing.setNotionToken("secret-notion");
            backing.setNotionPage("https://notion.example/page");
            backing.setNotionAuto(true);
            return backing;
        }, backing -> {
            assertEquals(ExportSelection.of("3", null, "quotes", "night"), read(field(ExportServicesBacking.class, "selection"), backing));
            assertEquals("https://notion.example/page", backing.getNotionPage());
            assertNull(read(field(ExportServicesBacking.class, "readwiseToken"), backing), "a token must never be kept");
            assertNull(read(field(ExportServicesBacking.class, "notionToken"), backing), "a token must never be kept");
        });
        put(samples, FeedImportBacking.class, () -> {
            FeedImportBacking backing = new FeedImportBacking();
            backing.setUrl("https://feeds.example/night.xml");
            backing.setInto("night-shift");
            set(backing, "report", new ImportReport("night-shift", true,
                    List.of(new ItemReport("guid-1", "Pilot", ItemOutcome.ADDED, null, List.of(), List.of())),
                    List.of(new ImportReport.Notice("feeds.import.moved", List.of("https://new.example/")))));
            return backing;
        }, backing -> {
            assertEquals("https://feeds.example/night.xml", backing.getUrl());
            assertEquals("night-shift", backing.getInto());
            assertEquals(1, backing.getReport().count(ItemOutcome.ADDED));
            assertEquals("https://new.example/", backing.getReport().notices().get(0).arguments().get(0));
        });
        put(samples, FeedSourcesBacking.class, () -> {
            FeedSourcesBacking backing = new FeedSourcesBacking();
            backing.setUrl("https://feeds.example/night.xml");
            backing.setShowSlug("night-shift");
            backing.setCopyAudio(true);
            backing.setInterval(RefreshInterval.DAILY.name());
            backing.getIntervals().put(5L, RefreshInterval.SIX_HOURLY.name());
            set(backing, "opmlReports", List.of(new OpmlImport.OutlineReport("Night", "https://feeds.example/night.xml",
                    OpmlImport.OutlineOutcome.FAILED, null, "feeds.error.unreachable", List.of(404))));
            return backing;
        }, backing -> {
            assertEquals("https://feeds.example/night.xml", backing.getUrl());
            assertEquals("night-shift", backing.getShowSlug());
            assertTrue(backing.isCopyAudio());
            assertEquals(RefreshInterval.DAILY.name(), backing.getInterval());
            assertEquals(Map.of(5L, RefreshInterval.SIX_HOURLY.name()), backing.getIntervals());
            assertEquals(List.of(404), backing.getOpmlReports().get(0).arguments());
        });
        return samples;
    }

    private record Sample<T>(Supplier<T> filled, Consumer<T> survived) {
    }

    private static <T> void put(Map<Class<?>, Sample<?>> samples, Class<T> bean, Supplier<T> filled, Consumer<T> survived) {
        samples.put(bean, new Sample<>(filled, survived));
    }

    /** The classes of Earmark's own compiled sources whose scope is passivating ({@code @NormalScope(passivating = true)}). */
    private static List<Class<?>> passivatingBeans() {
        Path classes = classesRoot();
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString())
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .sorted()
                    .map(SessionStateTest::load)
                    .filter(type -> Arrays.stream(type.getDeclaredAnnotations()).anyMatch(SessionStateTest::isPassivating))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path classesRoot() {
        try {
            return Path.of(EpisodeEditorBacking.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isPassivating(Annotation annotation) {
        NormalScope scope = annotation.annotationType().getAnnotation(NormalScope.class);
        return scope != null && scope.passivating();
    }

    /**
     * Whether the declared type can be written: a primitive, a serializable class, or an interface or abstract class
     * (a List, a Map, Object) whose type arguments are.
     */
    private static boolean declaredSerializable(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return declaredSerializable(parameterized.getRawType())
                    && Arrays.stream(parameterized.getActualTypeArguments()).allMatch(SessionStateTest::declaredSerializable);
        }
        if (type instanceof WildcardType wildcard) {
            return Arrays.stream(wildcard.getUpperBounds()).allMatch(SessionStateTest::declaredSerializable);
        }
        if (type instanceof Class<?> declared) {
            if (declared.isArray()) {
                return declaredSerializable(declared.getComponentType());
            }
            return declared.isPrimitive() || Serializable.class.isAssignableFrom(declared) || declared.isInterface()
                    || declared == Object.class || Modifier.isAbstract(declared.getModifiers());
        }
        return true;
    }

    private static boolean normalScoped(Class<?> type) {
        return Arrays.stream(type.getDeclaredAnnotations())
                .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(NormalScope.class));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SessionStateTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What serialization writes of the bean itself: neither injected proxies, nor transient, nor static fields. */
    private static List<Field> kept(Class<?> bean) {
        return fields(bean).stream()
                .filter(field -> !field.isAnnotationPresent(Inject.class))
                .filter(field -> !Modifier.isTransient(field.getModifiers()) && !Modifier.isStatic(field.getModifiers()))
                .filter(field -> !field.isSynthetic() && !field.getName().startsWith("_persistence"))
                .toList();
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            fields.addAll(Arrays.asList(current.getDeclaredFields()));
        }
        return fields;
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T bean) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(bean);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError(bean.getClass().getName() + " does not survive serialization: " + e, e);
        }
    }

    private static Field field(Class<?> type, String name) {
        return fields(type).stream().filter(field -> field.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type + " has no field " + name));
    }

    private static Object read(Field field, Object bean) {
        try {
            field.setAccessible(true);
            return field.get(bean);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Object bean, String name, Object value) {
        try {
            Field field = field(bean.getClass(), name);
            field.setAccessible(true);
            field.set(bean, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object construct(Class<?> type, Object... arguments) {
        try {
            Constructor<?> constructor = Arrays.stream(type.getDeclaredConstructors())
                    .filter(candidate -> candidate.getParameterCount() == arguments.length).findFirst().orElseThrow();
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
