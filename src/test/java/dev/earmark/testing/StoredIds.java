package dev.earmark.testing;

import dev.earmark.platform.entity.PersistentEntity;

/** For unit tests of what reads an entity's id (links, feeds): the id the database would have given it. */
public final class StoredIds {

    private StoredIds() {
    }

    public static <T extends PersistentEntity> T withId(T entity, long id) {
        try {
            var field = PersistentEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
