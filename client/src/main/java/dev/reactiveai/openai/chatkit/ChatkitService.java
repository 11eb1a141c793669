// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.chatkit;

import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.OpenAiTransport;

/**
 * The {@code /chatkit} operations of the OpenAI API.
 */
public final class ChatkitService {

	private final OpenAiTransport transport;

	private final ChatkitSessionsService sessions;

	private final ChatkitThreadsService threads;

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ChatkitService(OpenAiTransport transport) {
		this.transport = transport;
		this.sessions = new ChatkitSessionsService(transport);
		this.threads = new ChatkitThreadsService(transport);
	}

	/**
	 * The {@code /chatkit/sessions} operations.
	 * @return their service
	 */
	public ChatkitSessionsService sessions() {
		return this.sessions;
	}

	/**
	 * The {@code /chatkit/threads} operations.
	 * @return their service
	 */
	public ChatkitThreadsService threads() {
		return this.threads;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ChatkitService withOptions(RequestOptions options) {
		return new ChatkitService(this.transport.withOptions(options));
	}

}
