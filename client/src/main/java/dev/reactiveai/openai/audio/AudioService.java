// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.audio;

import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.OpenAiTransport;

/**
 * The {@code /audio} operations of the OpenAI API.
 */
public final class AudioService {

	private final OpenAiTransport transport;

	private final AudioSpeechService speech;

	private final AudioTranscriptionsService transcriptions;

	private final AudioTranslationsService translations;

	private final AudioVoiceConsentsService voiceConsents;

	private final AudioVoicesService voices;

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public AudioService(OpenAiTransport transport) {
		this.transport = transport;
		this.speech = new AudioSpeechService(transport);
		this.transcriptions = new AudioTranscriptionsService(transport);
		this.translations = new AudioTranslationsService(transport);
		this.voiceConsents = new AudioVoiceConsentsService(transport);
		this.voices = new AudioVoicesService(transport);
	}

	/**
	 * The {@code /audio/speech} operations.
	 * @return their service
	 */
	public AudioSpeechService speech() {
		return this.speech;
	}

	/**
	 * The {@code /audio/transcriptions} operations.
	 * @return their service
	 */
	public AudioTranscriptionsService transcriptions() {
		return this.transcriptions;
	}

	/**
	 * The {@code /audio/translations} operations.
	 * @return their service
	 */
	public AudioTranslationsService translations() {
		return this.translations;
	}

	/**
	 * The {@code /audio/voice_consents} operations.
	 * @return their service
	 */
	public AudioVoiceConsentsService voiceConsents() {
		return this.voiceConsents;
	}

	/**
	 * The {@code /audio/voices} operations.
	 * @return their service
	 */
	public AudioVoicesService voices() {
		return this.voices;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public AudioService withOptions(RequestOptions options) {
		return new AudioService(this.transport.withOptions(options));
	}

}
