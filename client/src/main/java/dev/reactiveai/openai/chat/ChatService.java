// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.chat;

import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.OpenAiTransport;

/**
 * The {@code /chat/completions} operations of the OpenAI API.
 */
public final class ChatService {

	private final OpenAiTransport transport;

	private final ChatCompletionsService completions;

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ChatService(OpenAiTransport transport) {
		this.transport = transport;
		this.completions = new ChatCompletionsService(transport);
	}

	/**
	 * The {@code /chat/completions} operations.
	 * @return their service
	 */
	public ChatCompletionsService completions() {
		return this.completions;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ChatService withOptions(RequestOptions options) {
		return new ChatService(this.transport.withOptions(options));
	}

}
