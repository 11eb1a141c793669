package dev.reactiveai.openai.models;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A model that the API offers.
 *
 * @param id the model identifier, used in API calls
 * @param object always {@code model}
 * @param created when the model was created, in seconds since the epoch
 * @param ownedBy the organization that owns the model
 * @param additionalProperties properties that this version of the client does not know
 */
public record Model(String id, @Nullable String object, @Nullable Long created, @Nullable String ownedBy,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

}
