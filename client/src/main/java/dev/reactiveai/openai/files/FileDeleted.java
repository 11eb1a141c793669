package dev.reactiveai.openai.files;

import org.jspecify.annotations.Nullable;

/**
 * The result of deleting a file.
 *
 * @param id the file's identifier
 * @param object always {@code file}
 * @param deleted whether it was deleted
 */
public record FileDeleted(String id, @Nullable String object, boolean deleted) {

}
