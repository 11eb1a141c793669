package dev.reactiveai.openai.chat;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A call of a tool that the model made. In stream chunks the fields arrive in pieces,
 * identified by {@code index}.
 *
 * @param index the position of the call, in stream chunks
 * @param id the call's identifier
 * @param type always {@code function}
 * @param function the function's name and JSON arguments
 * @param additionalProperties properties that this version of the client does not know
 */
public record ToolCall(@Nullable Integer index, @Nullable String id, @Nullable String type,
		@Nullable FunctionCall function, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * The function a tool call calls.
	 *
	 * @param name the function's name
	 * @param arguments the arguments, as JSON text
	 */
	public record FunctionCall(@Nullable String name, @Nullable String arguments) {

	}

}
