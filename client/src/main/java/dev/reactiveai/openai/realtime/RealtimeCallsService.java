// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.realtime;

import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.Downloads;
import dev.reactiveai.openai.core.internal.MultipartForm;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.types.RealtimeCallCreateRequest;
import dev.reactiveai.openai.types.RealtimeCallReferRequest;
import dev.reactiveai.openai.types.RealtimeCallRejectRequest;
import dev.reactiveai.openai.types.RealtimeSessionCreateRequestGA;
import java.nio.file.Path;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /realtime/calls} operations of the OpenAI API.
 */
public final class RealtimeCallsService {

	private final OpenAiTransport transport;

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public RealtimeCallsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public RealtimeCallsService withOptions(RequestOptions options) {
		return new RealtimeCallsService(this.transport.withOptions(options));
	}

	/**
	 * Create a new Realtime API call over WebRTC and receive the SDP answer needed to
	 * complete the peer connection.
	 * @param request the {@link RealtimeCallCreateRequest} describing what to create
	 * @return the content, buffer by buffer; release each one
	 */
	public Flux<DataBuffer> create(RealtimeCallCreateRequest request) {
		return this.transport.download(ApiRequest.of(HttpMethod.POST, "/realtime/calls")
			.operation("create-realtime-call")
			.multipart((form) -> writeParts(form, request))
			.build());
	}

	/**
	 * Create a new Realtime API call over WebRTC and receive the SDP answer needed to
	 * complete the peer connection. Writes it to a file.
	 * @param request the {@link RealtimeCallCreateRequest} describing what to create
	 * @param target the file to write the content to; replaced if it exists
	 * @return the file, once the whole content is in it
	 */
	public Mono<Path> create(RealtimeCallCreateRequest request, Path target) {
		return Downloads.writeTo(create(request), target);
	}

	/**
	 * Accept an incoming SIP call and configure the realtime session that will handle it.
	 * @param callId the identifier for the call provided in the <a href=
	 * "https://platform.openai.com/docs/api-reference/webhook-events/realtime/call/incoming">{@code realtime.call.incoming}</a>
	 * webhook
	 * @param request session configuration to apply before the caller is bridged to the
	 * model
	 * @return completes empty once the API has answered
	 */
	public Mono<Void> accept(String callId, RealtimeSessionCreateRequestGA request) {
		return this.transport
			.exchangeWithoutBody(ApiRequest.of(HttpMethod.POST, "/realtime/calls/{call_id}/accept", callId)
				.operation("accept-realtime-call")
				.json(request)
				.build())
			.then();
	}

	/**
	 * End an active Realtime API call, whether it was initiated over SIP or WebRTC.
	 * @param callId the identifier for the call
	 * @return completes empty once the API has answered
	 */
	public Mono<Void> hangup(String callId) {
		return this.transport
			.exchangeWithoutBody(ApiRequest.of(HttpMethod.POST, "/realtime/calls/{call_id}/hangup", callId)
				.operation("hangup-realtime-call")
				.build())
			.then();
	}

	/**
	 * Transfer an active SIP call to a new destination using the SIP REFER verb.
	 * @param callId the identifier for the call provided in the <a href=
	 * "https://platform.openai.com/docs/api-reference/webhook-events/realtime/call/incoming">{@code realtime.call.incoming}</a>
	 * webhook
	 * @param request destination URI for the REFER request
	 * @return completes empty once the API has answered
	 */
	public Mono<Void> refer(String callId, RealtimeCallReferRequest request) {
		return this.transport
			.exchangeWithoutBody(ApiRequest.of(HttpMethod.POST, "/realtime/calls/{call_id}/refer", callId)
				.operation("refer-realtime-call")
				.json(request)
				.build())
			.then();
	}

	/**
	 * Decline an incoming SIP call by returning a SIP status code to the caller.
	 * @param callId the identifier for the call provided in the <a href=
	 * "https://platform.openai.com/docs/api-reference/webhook-events/realtime/call/incoming">{@code realtime.call.incoming}</a>
	 * webhook
	 * @param request provide an optional SIP status code
	 * @return completes empty once the API has answered
	 */
	public Mono<Void> reject(String callId, RealtimeCallRejectRequest request) {
		return this.transport
			.exchangeWithoutBody(ApiRequest.of(HttpMethod.POST, "/realtime/calls/{call_id}/reject", callId)
				.operation("reject-realtime-call")
				.json(request)
				.build())
			.then();
	}

	/**
	 * Add the parts of a {@link RealtimeCallCreateRequest} to a form, named as the API
	 * names them.
	 * @param form the form
	 * @param request the request
	 */
	private static void writeParts(MultipartForm form, RealtimeCallCreateRequest request) {
		form.field("sdp", request.sdp());
		form.field("session", request.session());
		form.fields(request.additionalProperties());
	}

}
