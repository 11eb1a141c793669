package dev.reactiveai.openai.conformance;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Keeps a copy of every JSON answer the client reads, as the server sent it, so that a
 * test can check the bytes rather than what the client's models made of them.
 */
final class CapturedAnswers implements ExchangeFilterFunction {

	private final List<Answer> answers = new CopyOnWriteArrayList<>();

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return next.exchange(request).map((response) -> {
			boolean json = response.headers()
				.contentType()
				.map(MediaType.APPLICATION_JSON::isCompatibleWith)
				.orElse(false);
			if (!json) {
				return response;
			}
			int status = response.statusCode().value();
			return response.mutate().body((body) -> DataBufferUtils.join(body).map((buffer) -> {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				DataBufferUtils.release(buffer);
				this.answers.add(new Answer(status, bytes));
				return (DataBuffer) DefaultDataBufferFactory.sharedInstance.wrap(bytes);
			}).flux()).build();
		});
	}

	/** Forgets the answers captured so far. */
	void clear() {
		this.answers.clear();
	}

	/**
	 * The answers captured since the last {@link #clear()}.
	 * @return the answers, in the order they were read
	 */
	List<Answer> all() {
		return List.copyOf(this.answers);
	}

	/**
	 * One JSON answer.
	 *
	 * @param status its HTTP status
	 * @param body its bytes
	 */
	record Answer(int status, byte[] body) {

		JsonNode json() {
			return JsonMapper.shared().readTree(this.body);
		}

	}

}
