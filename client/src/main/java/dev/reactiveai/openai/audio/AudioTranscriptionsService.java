// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.audio;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.MultipartForm;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.types.AudioTranscriptionsCreateResponse;
import dev.reactiveai.openai.types.CreateTranscriptionRequest;
import dev.reactiveai.openai.types.CreateTranscriptionResponseStreamEvent;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /audio/transcriptions} operations of the OpenAI API.
 */
public final class AudioTranscriptionsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public AudioTranscriptionsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public AudioTranscriptionsService withOptions(RequestOptions options) {
		return new AudioTranscriptionsService(this.transport.withOptions(options));
	}

	/**
	 * Transcribes audio into the input language.
	 * <p>
	 * Returns a transcription object in {@code json}, {@code diarized_json}, or
	 * {@code verbose_json} format, or a stream of transcript events.
	 * @param request the {@link CreateTranscriptionRequest} describing what to create
	 * @return the {@link AudioTranscriptionsCreateResponse} the API answers with
	 */
	public Mono<AudioTranscriptionsCreateResponse> create(CreateTranscriptionRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Transcribes audio into the input language.
	 * <p>
	 * Returns a transcription object in {@code json}, {@code diarized_json}, or
	 * {@code verbose_json} format, or a stream of transcript events.
	 * <p>
	 * Streamed as server-sent events.
	 * @param request the {@link CreateTranscriptionRequest} describing what to create
	 * @return the {@link CreateTranscriptionResponseStreamEvent} events as the API sends
	 * them
	 */
	public Flux<CreateTranscriptionResponseStreamEvent> createStream(CreateTranscriptionRequest request) {
		return this.transport.stream(ApiRequest.of(HttpMethod.POST, "/audio/transcriptions")
			.operation("createTranscription")
			.multipart((form) -> writeParts(form, request.toBuilder().additionalProperty("stream", true).build()))
			.build(), CreateTranscriptionResponseStreamEvent.class);
	}

	/**
	 * Add the parts of a {@link CreateTranscriptionRequest} to a form, named as the API
	 * names them.
	 * @param form the form
	 * @param request the request
	 */
	private static void writeParts(MultipartForm form, CreateTranscriptionRequest request) {
		form.file("file", request.file());
		form.field("model", request.model());
		form.field("language", request.language());
		form.field("prompt", request.prompt());
		form.field("response_format", request.responseFormat());
		form.field("temperature", request.temperature());
		form.field("include", request.include());
		form.field("timestamp_granularities", request.timestampGranularities());
		form.field("stream", request.stream());
		form.field("chunking_strategy", request.chunkingStrategy());
		form.field("known_speaker_names", request.knownSpeakerNames());
		form.field("known_speaker_references", request.knownSpeakerReferences());
		form.fields(request.additionalProperties());
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
		 * Transcribes audio into the input language.
		 * <p>
		 * Returns a transcription object in {@code json}, {@code diarized_json}, or
		 * {@code verbose_json} format, or a stream of transcript events.
		 * @param request the {@link CreateTranscriptionRequest} describing what to create
		 * @return the status, the headers and the
		 * {@link AudioTranscriptionsCreateResponse} the API answers with
		 */
		public Mono<ApiResponse<AudioTranscriptionsCreateResponse>> create(CreateTranscriptionRequest request) {
			return AudioTranscriptionsService.this.transport.exchange(ApiRequest
				.of(HttpMethod.POST, "/audio/transcriptions")
				.operation("createTranscription")
				.multipart(
						(form) -> writeParts(form, (request.stream() != null) ? request.toBuilder().build() : request))
				.build(), AudioTranscriptionsCreateResponse.class);
		}

	}

}
