package dev.reactiveai.openai.chat;

import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.RequestOptions;

/**
 * The Chat API; its operations are under {@link #completions()}.
 */
public final class ChatService {

	private final OpenAiTransport transport;

	private final ChatCompletionsService completions;

	public ChatService(OpenAiTransport transport) {
		this.transport = transport;
		this.completions = new ChatCompletionsService(transport);
	}

	/** This service with the given per-call settings. */
	public ChatService withOptions(RequestOptions options) {
		return new ChatService(this.transport.withOptions(options));
	}

	/** Chat completions. */
	public ChatCompletionsService completions() {
		return this.completions;
	}

}
