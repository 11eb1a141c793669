package dev.reactiveai.openai.chat;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * Token counts of a completion.
 *
 * @param promptTokens tokens in the prompt
 * @param completionTokens tokens generated
 * @param totalTokens both together
 * @param additionalProperties details such as cached and reasoning tokens
 */
public record Usage(long promptTokens, long completionTokens, long totalTokens,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

}
