package dev.reactiveai.openai.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;

/**
 * Raw JSON calls of a simulator, for the tests that read the wire format itself: an
 * answer's status and JSON, and the data of each event of a stream.
 */
final class SimulatorHttp {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private SimulatorHttp() {
	}

	/**
	 * Posts a JSON body.
	 * @param simulator the simulator
	 * @param path the path below {@code /v1}
	 * @param body the JSON body
	 * @return the answer
	 */
	static Answer post(OpenAiSimulator simulator, String path, Object body) {
		return call(simulator, path, body).block(TIMEOUT);
	}

	/**
	 * Posts a JSON body when subscribed to.
	 * @param simulator the simulator
	 * @param path the path below {@code /v1}
	 * @param body the JSON body
	 * @return the answer
	 */
	static Mono<Answer> call(OpenAiSimulator simulator, String path, Object body) {
		return client().post()
			.uri(simulator.baseUrl() + path)
			.send(ByteBufFlux.fromString(Mono.just(OpenAiJson.mapper().writeValueAsString(body))))
			.responseSingle((response, content) -> content.asString()
				.defaultIfEmpty("")
				.map((text) -> new Answer(response.status().code(), text)));
	}

	/**
	 * Posts a JSON body that asks for a stream.
	 * @param simulator the simulator
	 * @param path the path below {@code /v1}
	 * @param body the JSON body, with {@code "stream": true}
	 * @return the data of each event, {@code [DONE]} left out
	 */
	static List<JsonNode> stream(OpenAiSimulator simulator, String path, Object body) {
		Answer answer = post(simulator, path, body);
		List<JsonNode> events = new ArrayList<>();
		for (String frame : answer.text().split("\n\n")) {
			for (String line : frame.split("\n")) {
				if (line.startsWith("data: ") && !line.equals("data: [DONE]")) {
					events.add(OpenAiJson.mapper().readTree(line.substring("data: ".length())));
				}
			}
		}
		return events;
	}

	private static HttpClient client() {
		return HttpClient.create()
			.headers((headers) -> headers.add("Authorization", "Bearer " + OpenAiSimulatorExtension.API_KEY)
				.add("Content-Type", "application/json"));
	}

	/**
	 * An answer.
	 *
	 * @param status the HTTP status
	 * @param text the body
	 */
	record Answer(int status, String text) {

		JsonNode json() {
			return OpenAiJson.mapper().readTree(this.text);
		}

	}

}
