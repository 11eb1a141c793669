package dev.reactiveai.openai.chat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A chat completion: the model's answer to a conversation.
 *
 * @param id the completion's identifier
 * @param object always {@code chat.completion}
 * @param created when it was created, in seconds since the epoch
 * @param model the model that answered
 * @param choices the generated choices
 * @param usage the token counts
 * @param systemFingerprint the backend configuration the model ran with
 * @param serviceTier the service tier that processed the request
 * @param additionalProperties properties that this version of the client does not know
 */
public record ChatCompletion(String id, @Nullable String object, long created, @Nullable String model,
		List<Choice> choices, @Nullable Usage usage, @Nullable String systemFingerprint, @Nullable String serviceTier,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * One generated answer.
	 *
	 * @param index the choice's position
	 * @param message the answer
	 * @param finishReason why generation stopped: {@code stop}, {@code length},
	 * {@code tool_calls}, {@code content_filter}
	 * @param logprobs log probabilities, when requested
	 */
	public record Choice(int index, ChatMessage message, @Nullable String finishReason, @Nullable Object logprobs) {

	}

}
