// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.organization;

import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.OpenAiTransport;

/**
 * The {@code /organization/usage} operations of the OpenAI API.
 */
public final class OrganizationUsageService {

	private final OpenAiTransport transport;

	private final OrganizationUsageAudioSpeechesService audioSpeeches;

	private final OrganizationUsageAudioTranscriptionsService audioTranscriptions;

	private final OrganizationUsageCodeInterpreterSessionsService codeInterpreterSessions;

	private final OrganizationUsageCompletionsService completions;

	private final OrganizationUsageEmbeddingsService embeddings;

	private final OrganizationUsageImagesService images;

	private final OrganizationUsageModerationsService moderations;

	private final OrganizationUsageVectorStoresService vectorStores;

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationUsageService(OpenAiTransport transport) {
		this.transport = transport;
		this.audioSpeeches = new OrganizationUsageAudioSpeechesService(transport);
		this.audioTranscriptions = new OrganizationUsageAudioTranscriptionsService(transport);
		this.codeInterpreterSessions = new OrganizationUsageCodeInterpreterSessionsService(transport);
		this.completions = new OrganizationUsageCompletionsService(transport);
		this.embeddings = new OrganizationUsageEmbeddingsService(transport);
		this.images = new OrganizationUsageImagesService(transport);
		this.moderations = new OrganizationUsageModerationsService(transport);
		this.vectorStores = new OrganizationUsageVectorStoresService(transport);
	}

	/**
	 * The {@code /organization/usage/audio_speeches} operations.
	 * @return their service
	 */
	public OrganizationUsageAudioSpeechesService audioSpeeches() {
		return this.audioSpeeches;
	}

	/**
	 * The {@code /organization/usage/audio_transcriptions} operations.
	 * @return their service
	 */
	public OrganizationUsageAudioTranscriptionsService audioTranscriptions() {
		return this.audioTranscriptions;
	}

	/**
	 * The {@code /organization/usage/code_interpreter_sessions} operations.
	 * @return their service
	 */
	public OrganizationUsageCodeInterpreterSessionsService codeInterpreterSessions() {
		return this.codeInterpreterSessions;
	}

	/**
	 * The {@code /organization/usage/completions} operations.
	 * @return their service
	 */
	public OrganizationUsageCompletionsService completions() {
		return this.completions;
	}

	/**
	 * The {@code /organization/usage/embeddings} operations.
	 * @return their service
	 */
	public OrganizationUsageEmbeddingsService embeddings() {
		return this.embeddings;
	}

	/**
	 * The {@code /organization/usage/images} operations.
	 * @return their service
	 */
	public OrganizationUsageImagesService images() {
		return this.images;
	}

	/**
	 * The {@code /organization/usage/moderations} operations.
	 * @return their service
	 */
	public OrganizationUsageModerationsService moderations() {
		return this.moderations;
	}

	/**
	 * The {@code /organization/usage/vector_stores} operations.
	 * @return their service
	 */
	public OrganizationUsageVectorStoresService vectorStores() {
		return this.vectorStores;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public OrganizationUsageService withOptions(RequestOptions options) {
		return new OrganizationUsageService(this.transport.withOptions(options));
	}

}
