package dev.reactiveai.openai.chat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * One event of a streamed chat completion.
 *
 * @param id the completion's identifier, the same in every chunk
 * @param object always {@code chat.completion.chunk}
 * @param created when it was created, in seconds since the epoch
 * @param model the model that answers
 * @param choices the deltas of this chunk; empty in the final usage chunk
 * @param usage the token counts, in the last chunk when requested
 * @param systemFingerprint the backend configuration the model ran with
 * @param additionalProperties properties that this version of the client does not know
 */
public record ChatCompletionChunk(String id, @Nullable String object, long created, @Nullable String model,
		List<Choice> choices, @Nullable Usage usage, @Nullable String systemFingerprint,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public ChatCompletionChunk {
		choices = (choices != null) ? choices : List.of();
	}

	/** The text this chunk adds to the first choice, or an empty string. */
	public String contentDelta() {
		if (this.choices.isEmpty() || this.choices.get(0).delta() == null) {
			return "";
		}
		String content = this.choices.get(0).delta().content();
		return (content != null) ? content : "";
	}

	/**
	 * The delta of one choice.
	 *
	 * @param index the choice's position
	 * @param delta what this chunk adds
	 * @param finishReason why generation stopped, in the choice's last chunk
	 * @param logprobs log probabilities, when requested
	 */
	public record Choice(int index, @Nullable Delta delta, @Nullable String finishReason, @Nullable Object logprobs) {

	}

	/**
	 * What a chunk adds to a choice's message.
	 *
	 * @param role the role, in the first chunk
	 * @param content more text
	 * @param refusal more refusal text
	 * @param toolCalls pieces of tool calls
	 */
	public record Delta(@Nullable String role, @Nullable String content, @Nullable String refusal,
			@Nullable List<ToolCall> toolCalls) {

	}

}
