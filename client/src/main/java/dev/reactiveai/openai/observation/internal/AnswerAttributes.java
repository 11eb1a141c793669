package dev.reactiveai.openai.observation.internal;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.observation.OpenAiObservationContext;
import dev.reactiveai.openai.types.ChatCompletion;
import dev.reactiveai.openai.types.ChatCompletionChunk;
import dev.reactiveai.openai.types.Completion;
import dev.reactiveai.openai.types.CompletionUsage;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import dev.reactiveai.openai.types.CreateCompletionRequest;
import dev.reactiveai.openai.types.CreateEmbeddingRequest;
import dev.reactiveai.openai.types.CreateEmbeddingResponse;
import dev.reactiveai.openai.types.CreateResponse;
import dev.reactiveai.openai.types.Response;
import dev.reactiveai.openai.types.ResponseCompletedEvent;
import dev.reactiveai.openai.types.ResponseFailedEvent;
import dev.reactiveai.openai.types.ResponseIncompleteEvent;
import dev.reactiveai.openai.types.ResponseUsage;
import org.jspecify.annotations.Nullable;

/**
 * Reads what the GenAI conventions record (models, answer id, finish reasons, token
 * usage) from the requests and answers of the generative operations: chat completions,
 * responses, completions and embeddings. Other operations have none of it.
 */
final class AnswerAttributes {

	private AnswerAttributes() {
	}

	/**
	 * The model a request body asks for.
	 * @param body the request body
	 * @return the model, or null if the body names none
	 */
	static @Nullable String requestModel(@Nullable Object body) {
		if (body instanceof CreateChatCompletionRequest chat) {
			return (chat.model() != null) ? chat.model().value() : null;
		}
		if (body instanceof CreateResponse response) {
			return (response.model() != null) ? response.model().value() : null;
		}
		if (body instanceof CreateEmbeddingRequest embedding) {
			return (embedding.model() != null) ? embedding.model().value() : null;
		}
		if (body instanceof CreateCompletionRequest completion) {
			return (completion.model() != null) ? completion.model().value() : null;
		}
		return null;
	}

	/**
	 * What a request asks the model: the messages of a chat completion, the input of a
	 * response or an embedding, the prompt of a completion.
	 * @param body the request body
	 * @return what it asks, or null for other bodies
	 */
	static @Nullable Object prompt(@Nullable Object body) {
		if (body instanceof CreateChatCompletionRequest chat) {
			return chat.messages();
		}
		if (body instanceof CreateResponse response) {
			return response.input();
		}
		if (body instanceof CreateEmbeddingRequest embedding) {
			return embedding.input();
		}
		if (body instanceof CreateCompletionRequest completion) {
			return completion.prompt();
		}
		return null;
	}

	/**
	 * Record the text of an answer, or of one element of a streamed answer.
	 * @param answer the answer or stream element
	 * @param context where to record it
	 */
	static void readText(@Nullable Object answer, OpenAiObservationContext context) {
		Object value = (answer instanceof ApiResponse<?> response) ? response.body() : answer;
		if (value instanceof ChatCompletion chat) {
			chat.choices().forEach((choice) -> appendText(context, choice.message().content()));
		}
		else if (value instanceof ChatCompletionChunk chunk) {
			chunk.choices().forEach((choice) -> appendText(context, choice.delta().content()));
		}
		else if (value instanceof Response response) {
			appendText(context, response.outputText());
		}
		else if (value instanceof ResponseCompletedEvent completed) {
			appendText(context, completed.response().outputText());
		}
		else if (value instanceof Completion completion) {
			completion.choices().forEach((choice) -> appendText(context, choice.text()));
		}
	}

	private static void appendText(OpenAiObservationContext context, @Nullable String text) {
		if (text != null) {
			context.appendCompletion(text);
		}
	}

	/**
	 * Record what an answer, or one element of a streamed answer, tells.
	 * @param answer the answer or stream element
	 * @param context where to record it
	 */
	static void read(@Nullable Object answer, OpenAiObservationContext context) {
		Object value = (answer instanceof ApiResponse<?> response) ? response.body() : answer;
		if (value instanceof ChatCompletion chat) {
			answered(context, chat.model(), chat.id());
			chat.choices().forEach((choice) -> finished(context, choice.finishReason().value()));
			usage(context, chat.usage());
		}
		else if (value instanceof ChatCompletionChunk chunk) {
			answered(context, chunk.model(), chunk.id());
			chunk.choices()
				.stream()
				.filter((choice) -> choice.finishReason() != null)
				.forEach((choice) -> finished(context, choice.finishReason().value()));
			usage(context, chunk.usage());
		}
		else if (value instanceof Response response) {
			read(response, context);
		}
		else if (value instanceof ResponseCompletedEvent completed) {
			read(completed.response(), context);
		}
		else if (value instanceof ResponseIncompleteEvent incomplete) {
			read(incomplete.response(), context);
		}
		else if (value instanceof ResponseFailedEvent failed) {
			read(failed.response(), context);
		}
		else if (value instanceof CreateEmbeddingResponse embedding) {
			answered(context, embedding.model(), null);
			context.setUsage(embedding.usage().promptTokens(), null);
		}
		else if (value instanceof Completion completion) {
			answered(context, completion.model(), completion.id());
			completion.choices().forEach((choice) -> finished(context, choice.finishReason().value()));
			usage(context, completion.usage());
		}
	}

	private static void read(Response response, OpenAiObservationContext context) {
		answered(context, (response.model() != null) ? response.model().value() : null, response.id());
		if (response.status() != null) {
			finished(context, response.status().value());
		}
		ResponseUsage usage = response.usage();
		if (usage != null) {
			context.setUsage(usage.inputTokens(), usage.outputTokens());
		}
	}

	private static void answered(OpenAiObservationContext context, @Nullable String model, @Nullable String id) {
		if (model != null) {
			context.setResponseModel(model);
		}
		if (id != null) {
			context.setResponseId(id);
		}
	}

	private static void finished(OpenAiObservationContext context, String reason) {
		context.addFinishReason(reason);
	}

	private static void usage(OpenAiObservationContext context, @Nullable CompletionUsage usage) {
		if (usage != null) {
			context.setUsage(usage.promptTokens(), usage.completionTokens());
		}
	}

}
