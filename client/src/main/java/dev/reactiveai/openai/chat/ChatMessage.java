package dev.reactiveai.openai.chat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * A message of a conversation: sent in a request, or answered in a completion.
 *
 * @param role {@code system}, {@code developer}, {@code user}, {@code assistant} or
 * {@code tool}
 * @param content the text, or a list of content parts (text, images, audio)
 * @param name an optional name of the participant
 * @param refusal the model's refusal message, in answers
 * @param toolCalls the tool calls the model made, in answers
 * @param toolCallId the tool call that a {@code tool} message answers
 * @param additionalProperties properties that this version of the client does not know
 */
public record ChatMessage(String role, @Nullable Object content, @Nullable String name, @Nullable String refusal,
		@Nullable List<ToolCall> toolCalls, @Nullable String toolCallId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public static ChatMessage system(String content) {
		return of("system", content);
	}

	public static ChatMessage developer(String content) {
		return of("developer", content);
	}

	public static ChatMessage user(String content) {
		return of("user", content);
	}

	public static ChatMessage assistant(String content) {
		return of("assistant", content);
	}

	public static ChatMessage tool(String toolCallId, String content) {
		return new ChatMessage("tool", content, null, null, null, toolCallId, Map.of());
	}

	private static ChatMessage of(String role, String content) {
		return new ChatMessage(role, content, null, null, null, null, Map.of());
	}

	/** The content when it is text, otherwise null. */
	public @Nullable String text() {
		return (this.content instanceof String text) ? text : null;
	}

}
