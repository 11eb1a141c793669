// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.realtime;

import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.OpenAiTransport;

/**
 * The {@code /realtime} operations of the OpenAI API.
 */
public final class RealtimeService {

	private final OpenAiTransport transport;

	private final RealtimeCallsService calls;

	private final RealtimeClientSecretsService clientSecrets;

	private final RealtimeSessionsService sessions;

	private final RealtimeTranscriptionSessionsService transcriptionSessions;

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public RealtimeService(OpenAiTransport transport) {
		this.transport = transport;
		this.calls = new RealtimeCallsService(transport);
		this.clientSecrets = new RealtimeClientSecretsService(transport);
		this.sessions = new RealtimeSessionsService(transport);
		this.transcriptionSessions = new RealtimeTranscriptionSessionsService(transport);
	}

	/**
	 * The {@code /realtime/calls} operations.
	 * @return their service
	 */
	public RealtimeCallsService calls() {
		return this.calls;
	}

	/**
	 * The {@code /realtime/client_secrets} operations.
	 * @return their service
	 */
	public RealtimeClientSecretsService clientSecrets() {
		return this.clientSecrets;
	}

	/**
	 * The {@code /realtime/sessions} operations.
	 * @return their service
	 */
	public RealtimeSessionsService sessions() {
		return this.sessions;
	}

	/**
	 * The {@code /realtime/transcription_sessions} operations.
	 * @return their service
	 */
	public RealtimeTranscriptionSessionsService transcriptionSessions() {
		return this.transcriptionSessions;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public RealtimeService withOptions(RequestOptions options) {
		return new RealtimeService(this.transport.withOptions(options));
	}

}
