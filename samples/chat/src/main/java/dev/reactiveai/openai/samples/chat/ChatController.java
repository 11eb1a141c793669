package dev.reactiveai.openai.samples.chat;

import java.util.ArrayList;
import java.util.List;

import dev.reactiveai.openai.chat.ChatService;
import dev.reactiveai.openai.error.OpenAiException;
import dev.reactiveai.openai.helpers.ToolLoop;
import dev.reactiveai.openai.helpers.ToolLoopEvent;
import dev.reactiveai.openai.helpers.ToolLoopException;
import dev.reactiveai.openai.samples.chat.Conversations.Conversation;
import dev.reactiveai.openai.samples.chat.Conversations.Turn;
import dev.reactiveai.openai.samples.chat.search.DocumentTools;
import dev.reactiveai.openai.types.ChatCompletionRequestAssistantMessage;
import dev.reactiveai.openai.types.ChatCompletionRequestMessage;
import dev.reactiveai.openai.types.ChatCompletionRequestSystemMessage;
import dev.reactiveai.openai.types.ChatCompletionRequestUserMessage;
import dev.reactiveai.openai.types.ChatCompletionStreamOptions;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The chat: starts conversations, and answers each message with a stream of server-sent
 * events, one per piece of text the model sends. The model may search the documents first
 * ({@link DocumentTools}): a {@link ToolLoop} runs the searches it asks for and streams
 * the answer that follows.
 * <ul>
 * <li>{@code event: delta}, {@code data: {"text": "..."}}: the next piece of the
 * answer;</li>
 * <li>{@code event: tool}, {@code data: {"name": "...", "arguments": "...", "result":
 * "..."}}: a tool call the model asked for, once it has run;</li>
 * <li>{@code event: done}, {@code data: {"text": "..."}}: the whole answer, now part of
 * the conversation;</li>
 * <li>{@code event: error}, {@code data: {"text": "..."}}: why the answer stopped.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/conversations")
class ChatController {

	private static final Logger logger = LoggerFactory.getLogger(ChatController.class);

	private static final int MAX_MESSAGE_LENGTH = 4000;

	private final ChatService chat;

	private final Conversations conversations;

	private final ChatSampleProperties properties;

	private final ToolLoop tools;

	ChatController(ChatService chat, Conversations conversations, ChatSampleProperties properties,
			DocumentTools documentTools) {
		this.chat = chat;
		this.conversations = conversations;
		this.properties = properties;
		this.tools = ToolLoop.builder().tools(documentTools).maxRounds(3).build();
	}

	@PostMapping
	ConversationView start() {
		return ConversationView.of(this.conversations.start());
	}

	@GetMapping("/{id}")
	ConversationView get(@PathVariable String id) {
		return ConversationView.of(find(id));
	}

	@PostMapping(path = "/{id}/messages", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<?>> send(@PathVariable String id, @RequestBody NewMessage message) {
		Conversation conversation = find(id);
		String question = validQuestion(message.text());
		CreateChatCompletionRequest request = CreateChatCompletionRequest.builder()
			.model(this.properties.chatModel())
			.messages(messages(conversation.turns(), question))
			// The last chunk then reports the tokens used: the client's observation turns
			// them into the gen_ai.client.token.usage metric.
			.streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
			.build();
		StringBuilder answer = new StringBuilder();
		return this.tools.chatStream(this.chat.completions(), request).<ServerSentEvent<?>>mapNotNull((event) -> {
			if (event instanceof ToolLoopEvent.TextDelta delta) {
				answer.append(delta.text());
				return event("delta", delta.text());
			}
			if (event instanceof ToolLoopEvent.ToolCallFinished call) {
				return ServerSentEvent.builder(new ToolCallData(call.name(), call.arguments(), call.output()))
					.event("tool")
					.build();
			}
			return null;
		})
			// Only a whole answer joins the conversation: not one that failed or that the
			// browser stopped reading.
			.concatWith(Mono.fromSupplier(() -> {
				conversation.add(new Turn(question, answer.toString()));
				return event("done", answer.toString());
			}))
			.onErrorResume((ex) -> ex instanceof OpenAiException || ex instanceof ToolLoopException, (ex) -> {
				logger.warn("Chat answer failed: {}", ex.getMessage());
				return Mono.just(event("error", ex.getMessage()));
			});
	}

	private List<ChatCompletionRequestMessage> messages(List<Turn> history, String question) {
		List<ChatCompletionRequestMessage> messages = new ArrayList<>();
		messages.add(ChatCompletionRequestSystemMessage.builder().content(this.properties.systemPrompt()).build());
		for (Turn turn : history) {
			messages.add(ChatCompletionRequestUserMessage.builder().content(turn.question()).build());
			messages.add(ChatCompletionRequestAssistantMessage.builder().content(turn.answer()).build());
		}
		messages.add(ChatCompletionRequestUserMessage.builder().content(question).build());
		return messages;
	}

	private Conversation find(String id) {
		Conversation conversation = this.conversations.find(id);
		if (conversation == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No conversation " + id);
		}
		return conversation;
	}

	private static String validQuestion(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The message is empty");
		}
		if (text.length() > MAX_MESSAGE_LENGTH) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"The message is longer than " + MAX_MESSAGE_LENGTH + " characters");
		}
		return text.strip();
	}

	private static ServerSentEvent<EventData> event(String name, String text) {
		return ServerSentEvent.builder(new EventData(text)).event(name).build();
	}

	/**
	 * A message the person sent.
	 *
	 * @param text what they typed
	 */
	record NewMessage(@Nullable String text) {

	}

	/**
	 * The data of a server-sent event: JSON, so that spaces and line breaks at either end
	 * of a piece of text arrive as sent.
	 *
	 * @param text a piece of the answer, the whole answer, or an error message
	 */
	record EventData(String text) {

	}

	/**
	 * The data of a {@code tool} event: a call the model asked for, as the page shows it.
	 *
	 * @param name the tool
	 * @param arguments its arguments, JSON as the model wrote them
	 * @param result what the tool answered, as the model reads it
	 */
	record ToolCallData(String name, String arguments, String result) {

	}

	/**
	 * A conversation as the page shows it.
	 *
	 * @param id the conversation's id
	 * @param turns its kept turns, oldest first
	 */
	record ConversationView(String id, List<Turn> turns) {

		static ConversationView of(Conversation conversation) {
			return new ConversationView(conversation.id(), conversation.turns());
		}

	}

}
