// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.audio;

import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.Downloads;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.types.CreateSpeechRequest;
import dev.reactiveai.openai.types.CreateSpeechResponseStreamEvent;
import java.nio.file.Path;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /audio/speech} operations of the OpenAI API.
 */
public final class AudioSpeechService {

	private final OpenAiTransport transport;

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public AudioSpeechService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public AudioSpeechService withOptions(RequestOptions options) {
		return new AudioSpeechService(this.transport.withOptions(options));
	}

	/**
	 * Generates audio from the input text.
	 * <p>
	 * Returns the audio file content, or a stream of audio events.
	 * @param request the {@link CreateSpeechRequest} describing what to create
	 * @return the content, buffer by buffer; release each one
	 */
	public Flux<DataBuffer> create(CreateSpeechRequest request) {
		return this.transport.download(ApiRequest.of(HttpMethod.POST, "/audio/speech")
			.operation("createSpeech")
			.json((request.streamFormat() != null) ? request.toBuilder().build() : request)
			.build());
	}

	/**
	 * Generates audio from the input text.
	 * <p>
	 * Returns the audio file content, or a stream of audio events.
	 * <p>
	 * Writes it to a file.
	 * @param request the {@link CreateSpeechRequest} describing what to create
	 * @param target the file to write the content to; replaced if it exists
	 * @return the file, once the whole content is in it
	 */
	public Mono<Path> create(CreateSpeechRequest request, Path target) {
		return Downloads.writeTo(create(request), target);
	}

	/**
	 * Generates audio from the input text.
	 * <p>
	 * Returns the audio file content, or a stream of audio events.
	 * <p>
	 * Streamed as server-sent events.
	 * @param request the {@link CreateSpeechRequest} describing what to create
	 * @return the {@link CreateSpeechResponseStreamEvent} events as the API sends them
	 */
	public Flux<CreateSpeechResponseStreamEvent> createStream(CreateSpeechRequest request) {
		return this.transport.stream(ApiRequest.of(HttpMethod.POST, "/audio/speech")
			.operation("createSpeech")
			.json(request.toBuilder().additionalProperty("stream_format", "sse").build())
			.build(), CreateSpeechResponseStreamEvent.class);
	}

}
