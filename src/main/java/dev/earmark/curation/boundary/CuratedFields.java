package dev.earmark.curation.boundary;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fields curators edit, by name, so that the audit trail can say what a save changed: the components of a draft
 * ({@link ShowDraft}, {@link EpisodeDraft}), in their order. The history shows each name as the bundle's
 * audit.field.{name}.
 */
final class CuratedFields {

    private CuratedFields() {
    }

    /** The names of the fields whose values differ; empty for nothing changed. */
    static String changed(Record before, Record after) {
        Map<String, Object> old = fieldsOf(before);
        return String.join(", ", fieldsOf(after).entrySet().stream()
                .filter(field -> !Objects.equals(old.get(field.getKey()), field.getValue()))
                .map(Map.Entry::getKey)
                .toList());
    }

    /** {@link #changed} as a list. */
    static List<String> changedNames(Record before, Record after) {
        String changed = changed(before, after);
        return changed.isEmpty() ? List.of() : List.of(changed.split(", "));
    }

    /** The names of the fields that have a value, for something new. */
    static String set(Record draft) {
        return String.join(", ", fieldsOf(draft).entrySet().stream()
                .filter(field -> field.getValue() != null && !List.of().equals(field.getValue())
                        && !"".equals(field.getValue()))
                .map(Map.Entry::getKey)
                .toList());
    }

    private static Map<String, Object> fieldsOf(Record draft) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : draft.getClass().getRecordComponents()) {
            try {
                fields.put(component.getName(), component.getAccessor().invoke(draft));
            } catch (ReflectiveOperationException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }
        return fields;
    }
}
