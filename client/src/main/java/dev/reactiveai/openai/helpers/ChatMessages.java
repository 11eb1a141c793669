package dev.reactiveai.openai.helpers;

import java.util.ArrayList;
import java.util.List;

import dev.reactiveai.openai.types.ChatCompletion;
import dev.reactiveai.openai.types.ChatCompletionMessageCustomToolCall;
import dev.reactiveai.openai.types.ChatCompletionMessageToolCall;
import dev.reactiveai.openai.types.ChatCompletionRequestAssistantMessage;
import dev.reactiveai.openai.types.ChatCompletionRequestToolMessage;
import dev.reactiveai.openai.types.ChatCompletionResponseMessage;
import dev.reactiveai.openai.types.ChatCompletionToolCall;

/**
 * Messages of the next chat request made from the answer of the last one: the model's
 * message passed back as an assistant message (its content, refusal, tool calls and audio
 * id), and what a tool call answered as a tool message.
 *
 * <pre class="code">
 * ChatCompletionResponseMessage answer = completion.choices().get(0).message();
 * messages.add(ChatMessages.assistant(answer));
 * for (var call : answer.toolCalls()) messages.add(ChatMessages.toolResult(call, run(call)));
 * </pre>
 *
 * The API describes the message it answers and the message it is sent as two types (the
 * answer has annotations and a whole audio object, the request takes an audio id and
 * content parts), so a conversion is needed; the tool calls themselves are the same
 * records in both.
 */
public final class ChatMessages {

	private ChatMessages() {
	}

	/**
	 * The first choice's message of a completion, as an assistant message.
	 * @param completion the completion
	 * @return the assistant message
	 * @throws IllegalArgumentException if the completion has no choice
	 */
	public static ChatCompletionRequestAssistantMessage assistant(ChatCompletion completion) {
		for (ChatCompletion.Choice choice : completion.choices()) {
			if (choice.index() == 0) {
				return assistant(choice.message());
			}
		}
		throw new IllegalArgumentException("The chat completion has no choice 0 to pass back");
	}

	/**
	 * The model's message as an assistant message of the next request. Annotations are
	 * left out (the request has no place for them); audio is referred to by its id.
	 * @param message the message of a completion's choice
	 * @return the assistant message
	 */
	@SuppressWarnings("deprecation") // function_call, passed back as long as the API
										// sends it
	public static ChatCompletionRequestAssistantMessage assistant(ChatCompletionResponseMessage message) {
		ChatCompletionRequestAssistantMessage.Builder assistant = ChatCompletionRequestAssistantMessage.builder()
			.refusal(message.refusal());
		if (message.content() != null) {
			assistant.content(message.content());
		}
		if (message.audio() != null) {
			assistant.audio(ChatCompletionRequestAssistantMessage.Audio.builder().id(message.audio().id()).build());
		}
		if (message.toolCalls() != null) {
			List<ChatCompletionToolCall> calls = new ArrayList<>();
			for (ChatCompletionToolCall call : message.toolCalls()) {
				calls.add(toolCall(call));
			}
			assistant.toolCalls(calls);
		}
		if (message.functionCall() != null) {
			assistant.functionCall(ChatCompletionRequestAssistantMessage.FunctionCall.builder()
				.name(message.functionCall().name())
				.arguments(message.functionCall().arguments())
				.build());
		}
		return assistant.build();
	}

	/**
	 * What a tool call answered, as the tool message that goes after the assistant
	 * message with the call.
	 * @param call the call
	 * @param output what the tool answered, as text (JSON, say)
	 * @return the tool message
	 */
	public static ChatCompletionRequestToolMessage toolResult(ChatCompletionMessageToolCall call, String output) {
		return ChatCompletionRequestToolMessage.builder().toolCallId(call.id()).content(output).build();
	}

	private static ChatCompletionToolCall toolCall(ChatCompletionToolCall call) {
		if (call instanceof ChatCompletionMessageToolCall function) {
			return function;
		}
		if (call instanceof ChatCompletionMessageCustomToolCall custom) {
			return custom;
		}
		// A kind of call this version does not know: passed back as it came.
		return new ChatCompletionToolCall.Unknown(((ChatCompletionToolCall.Unknown) call).json());
	}

}
