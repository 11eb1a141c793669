package dev.reactiveai.openai.helpers;

import dev.reactiveai.openai.types.ChatCompletion;
import dev.reactiveai.openai.types.ChatCompletionChunk;
import dev.reactiveai.openai.types.Response;
import dev.reactiveai.openai.types.ResponseStreamEvent;
import dev.reactiveai.openai.types.ResponseTextDeltaEvent;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

/**
 * The text of an answer, whole or as it streams in: what a chat page shows.
 *
 * <pre class="code">
 * Flux&lt;String&gt; tokens = chat.completions().createStream(request).transform(OutputText::chatDeltas);
 * Flux&lt;String&gt; tokens = responses.createStream(request).transform(OutputText::responseDeltas);
 * </pre>
 */
public final class OutputText {

	private OutputText() {
	}

	/**
	 * The text of a response: every {@code output_text} part of its output messages, in
	 * order. The same as {@link Response#outputText()}, which the client computes from
	 * the output (the API does not send it).
	 * @param response the response
	 * @return the text, or null when the output has none
	 */
	public static @Nullable String of(Response response) {
		return response.outputText();
	}

	/**
	 * The text of a chat completion's first choice.
	 * @param completion the completion
	 * @return the content, or null when the choice has none (a refusal, tool calls)
	 */
	public static @Nullable String of(ChatCompletion completion) {
		for (ChatCompletion.Choice choice : completion.choices()) {
			if (choice.index() == 0) {
				return choice.message().content();
			}
		}
		return null;
	}

	/**
	 * The text deltas of a chat stream's first choice, without the empty ones (the first
	 * chunk, which only says the role; the last, which only says why it finished).
	 * @param chunks the stream
	 * @return the text, piece by piece
	 */
	public static Flux<String> chatDeltas(Flux<ChatCompletionChunk> chunks) {
		return chatDeltas(chunks, 0);
	}

	/**
	 * The text deltas of one choice of a chat stream (asked for with {@code n}), without
	 * the empty ones.
	 * @param chunks the stream
	 * @param index the index of the choice
	 * @return the text, piece by piece
	 */
	public static Flux<String> chatDeltas(Flux<ChatCompletionChunk> chunks, int index) {
		return chunks.concatMapIterable((chunk) -> chunk.choices()
			.stream()
			.filter((choice) -> choice.index() == index && choice.delta() != null)
			.map((choice) -> choice.delta().content())
			.filter((content) -> content != null && !content.isEmpty())
			.toList());
	}

	/**
	 * The text deltas of a response stream ({@code response.output_text.delta}), without
	 * the empty ones.
	 * @param events the stream
	 * @return the text, piece by piece
	 */
	public static Flux<String> responseDeltas(Flux<ResponseStreamEvent> events) {
		return events.ofType(ResponseTextDeltaEvent.class)
			.map(ResponseTextDeltaEvent::delta)
			.filter((delta) -> !delta.isEmpty());
	}

}
