// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.images;

import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.RequestOptions;

/**
 * The {@code /images} operations of the OpenAI API.
 */
public final class ImagesService {

	private final OpenAiTransport transport;

	private final ImagesEditsService edits;

	private final ImagesGenerationsService generations;

	private final ImagesVariationsService variations;

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ImagesService(OpenAiTransport transport) {
		this.transport = transport;
		this.edits = new ImagesEditsService(transport);
		this.generations = new ImagesGenerationsService(transport);
		this.variations = new ImagesVariationsService(transport);
	}

	/**
	 * The {@code /images/edits} operations.
	 */
	public ImagesEditsService edits() {
		return this.edits;
	}

	/**
	 * The {@code /images/generations} operations.
	 */
	public ImagesGenerationsService generations() {
		return this.generations;
	}

	/**
	 * The {@code /images/variations} operations.
	 */
	public ImagesVariationsService variations() {
		return this.variations;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ImagesService withOptions(RequestOptions options) {
		return new ImagesService(this.transport.withOptions(options));
	}

}
