package dev.reactiveai.openai.models;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * The result of deleting a fine-tuned model.
 *
 * @param id the model identifier
 * @param object always {@code model}
 * @param deleted whether the model was deleted
 * @param additionalProperties properties that this version of the client does not know
 */
public record ModelDeleted(String id, @Nullable String object, boolean deleted,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

}
