package dev.reactiveai.openai.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.error.OpenAiResponseException;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;

/**
 * Reads the JSON body of a successful answer, holding no more of it in memory than the
 * limit per answer and the client's budget allow.
 * <p>
 * The body's buffers are joined without a copy (a composite of Netty's direct buffers)
 * and parsed where they are, so that reading puts no copy of the bytes on the heap: the
 * client allocates what Jackson's parse allocates, and little more (docs/reliability.md,
 * case 31). Jackson's non-blocking parser, fed buffer by buffer, would free the bytes
 * sooner, but the tokens it must keep until the type can be read (a boxed number per
 * float of an embedding, a String per value) cost more heap than the bytes they replace.
 */
final class JsonBodies {

	private final ErrorDecoder errors;

	private final MemoryBudget budget;

	private final int maxInMemorySize;

	JsonBodies(ErrorDecoder errors, MemoryBudget budget, int maxInMemorySize) {
		this.errors = errors;
		this.budget = budget;
		this.maxInMemorySize = maxInMemorySize;
	}

	/**
	 * Read a body.
	 * @param <T> the body type
	 * @param response the answer
	 * @param reader the reader of the body type
	 * @param type the body type
	 * @return the answer with its body
	 */
	<T> Mono<ApiResponse<T>> read(ClientResponse response, ObjectReader reader, JavaType type) {
		HttpHeaders headers = response.headers().asHttpHeaders();
		String requestId = headers.getFirst("x-request-id");
		return Mono.using(AtomicLong::new,
				(held) -> DataBufferUtils
					.join(response.body(BodyExtractors.toDataBuffers())
						.doOnNext((buffer) -> reserve(held, buffer.readableByteCount())), this.maxInMemorySize)
					.map((buffer) -> {
						try (InputStream input = buffer.asInputStream(true)) {
							T body = reader.readValue(input);
							return new ApiResponse<>(response.statusCode().value(), headers, body);
						}
						catch (JacksonException ex) {
							throw this.errors.unreadable("the response as " + type.getRawClass().getSimpleName(), ex,
									requestId);
						}
						catch (IOException ex) {
							throw Exceptions.propagate(ex);
						}
					})
					.switchIfEmpty(Mono.error(() -> new OpenAiResponseException(
							"The response had no body, but " + type.getRawClass().getSimpleName() + " was expected",
							requestId, null))),
				(held) -> this.budget.release(held.get()));
	}

	/** Take the bytes of a body from the client's budget as they arrive. */
	private void reserve(AtomicLong held, int bytes) {
		this.budget.reserve(bytes);
		held.addAndGet(bytes);
	}

	/**
	 * An answer whose body is not read.
	 * @param response the answer, its body released
	 * @return the answer without a body
	 */
	// Null is the only Void: ApiResponse's type parameter admits it (T extends @Nullable
	// Object), which NullAway sees only in JSpecify mode, not available on Java 17.0.15.
	@SuppressWarnings("NullAway")
	static ApiResponse<Void> withoutBody(ClientResponse response) {
		return new ApiResponse<>(response.statusCode().value(), response.headers().asHttpHeaders(), null);
	}

}
