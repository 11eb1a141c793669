package dev.reactiveai.openai.files;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A file uploaded to the API.
 *
 * @param id the file's identifier
 * @param object always {@code file}
 * @param bytes its size
 * @param createdAt when it was uploaded, in seconds since the epoch
 * @param expiresAt when it expires, in seconds since the epoch
 * @param filename its name
 * @param purpose what it is for, such as {@code assistants}, {@code batch} or
 * {@code fine-tune}
 * @param status deprecated upload status
 * @param additionalProperties properties that this version of the client does not know
 */
public record FileObject(String id, @Nullable String object, long bytes, long createdAt, @Nullable Long expiresAt,
		@Nullable String filename, @Nullable String purpose, @Nullable String status,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

}
