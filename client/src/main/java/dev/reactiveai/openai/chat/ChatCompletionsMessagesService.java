// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.chat;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.ChatCompletionMessageList;
import dev.reactiveai.openai.types.ChatCompletionsMessagesListParams;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /chat/completions/{completion_id}/messages} operations of the OpenAI API.
 */
public final class ChatCompletionsMessagesService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ChatCompletionsMessagesService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ChatCompletionsMessagesService withOptions(RequestOptions options) {
		return new ChatCompletionsMessagesService(this.transport.withOptions(options));
	}

	/**
	 * Get the messages in a stored chat completion. Only Chat Completions that have been
	 * created with the {@code store} parameter set to {@code true} will be returned. One
	 * page.
	 * @param completionId the ID of the chat completion to retrieve messages from
	 * @param params the query parameters ({@code after}, {@code limit}, {@code order}),
	 * all optional
	 * @return one page of the list: the {@link ChatCompletionMessageList} the API answers
	 * with
	 */
	public Mono<ChatCompletionMessageList> listPage(String completionId, ChatCompletionsMessagesListParams params) {
		return this.withRawResponse.list(completionId, params).map(ApiResponse::body);
	}

	/**
	 * Get the messages in a stored chat completion. Only Chat Completions that have been
	 * created with the {@code store} parameter set to {@code true} will be returned.
	 * Pages are fetched as the items are consumed.
	 * @param completionId the ID of the chat completion to retrieve messages from
	 * @param params the query parameters ({@code after}, {@code limit}, {@code order}),
	 * all optional
	 * @return every {@link ChatCompletionMessageList.DataItem} of the list, its pages
	 * fetched as the items are consumed
	 */
	public Flux<ChatCompletionMessageList.DataItem> list(String completionId,
			ChatCompletionsMessagesListParams params) {
		return Pagination.items("GET /chat/completions/{completion_id}/messages", params.after(), (cursor) -> listPage(
				completionId, params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * Get the messages in a stored chat completion. Only Chat Completions that have been
	 * created with the {@code store} parameter set to {@code true} will be returned. With
	 * default query parameters.
	 * @param completionId the ID of the chat completion to retrieve messages from
	 * @return every {@link ChatCompletionMessageList.DataItem} of the list, its pages
	 * fetched as the items are consumed
	 */
	public Flux<ChatCompletionMessageList.DataItem> list(String completionId) {
		return list(completionId, ChatCompletionsMessagesListParams.builder().build());
	}

	/**
	 * The same operations, answering with status, headers and body.
	 * @return the view
	 */
	public WithRawResponse withRawResponse() {
		return this.withRawResponse;
	}

	/**
	 * The operations that answer with JSON, answering with status, headers and body.
	 */
	public final class WithRawResponse {

		private WithRawResponse() {
		}

		/**
		 * Get the messages in a stored chat completion. Only Chat Completions that have
		 * been created with the {@code store} parameter set to {@code true} will be
		 * returned.
		 * @param completionId the ID of the chat completion to retrieve messages from
		 * @param params the query parameters ({@code after}, {@code limit},
		 * {@code order}), all optional
		 * @return the status, the headers and the {@link ChatCompletionMessageList} the
		 * API answers with
		 */
		public Mono<ApiResponse<ChatCompletionMessageList>> list(String completionId,
				ChatCompletionsMessagesListParams params) {
			return ChatCompletionsMessagesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/chat/completions/{completion_id}/messages", completionId)
					.operation("getChatCompletionMessages")
					.query("after", params.after())
					.query("limit", params.limit())
					.query("order", params.order())
					.build(), ChatCompletionMessageList.class);
		}

	}

}
