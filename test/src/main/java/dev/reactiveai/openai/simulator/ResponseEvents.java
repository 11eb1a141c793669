package dev.reactiveai.openai.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.json.OpenAiJson;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

/**
 * The events of a streamed response, in the order the API sends them, numbered with
 * {@code sequence_number}: the response created and in progress, then each output item
 * added, its progress (a message's text one token per delta and its annotations, a
 * function call's arguments one token per delta, a file search in progress, searching and
 * completed) and done, then the response completed.
 */
final class ResponseEvents {

	private final List<Map<String, @Nullable Object>> list = new ArrayList<>();

	private ResponseEvents() {
	}

	/**
	 * The events of a response.
	 * @param generated the response
	 * @return the events, in order
	 */
	static List<Map<String, @Nullable Object>> of(GeneratedResponse generated) {
		ResponseEvents events = new ResponseEvents();
		events.add("response.created", "response", generated.json("in_progress", null));
		events.add("response.in_progress", "response", generated.json("in_progress", null));
		for (int index = 0; index < generated.output().size(); index++) {
			events.item(index, generated.output().get(index));
		}
		events.add("response.completed", "response", generated.json("completed", null));
		return events.list;
	}

	/**
	 * The events as server-sent events, each named with its type.
	 * @param events the events
	 * @return the stream
	 */
	static Flux<SimulatorResponse.Event> stream(List<Map<String, @Nullable Object>> events) {
		return Flux.fromIterable(events)
			.map((event) -> new SimulatorResponse.Event((String) event.get("type"),
					OpenAiJson.mapper().writeValueAsString(event)));
	}

	private void item(int index, Map<String, @Nullable Object> item) {
		String itemId = (String) item.get("id");
		switch (String.valueOf(item.get("type"))) {
			case "message" -> message(index, itemId, item);
			case "function_call" -> functionCall(index, itemId, item);
			case "file_search_call" -> fileSearchCall(index, itemId, item);
			default -> throw new IllegalStateException("No events for an output item of type " + item.get("type"));
		}
		add("response.output_item.done", "output_index", index, "item", item);
	}

	private void message(int index, String itemId, Map<String, @Nullable Object> item) {
		@SuppressWarnings("unchecked")
		Map<String, @Nullable Object> part = ((List<Map<String, @Nullable Object>>) item.get("content")).get(0);
		String text = (String) part.get("text");
		List<?> annotations = (List<?>) part.get("annotations");
		add("response.output_item.added", "output_index", index, "item",
				ResponseItems.outputMessage(itemId, null, "in_progress"));
		add("response.content_part.added", "item_id", itemId, "output_index", index, "content_index", 0, "part",
				ResponseItems.outputText(""));
		for (String token : AnswerText.tokens(text)) {
			add("response.output_text.delta", "item_id", itemId, "output_index", index, "content_index", 0, "delta",
					token, "logprobs", List.of());
		}
		for (int i = 0; i < annotations.size(); i++) {
			add("response.output_text.annotation.added", "item_id", itemId, "output_index", index, "content_index", 0,
					"annotation_index", i, "annotation", annotations.get(i));
		}
		add("response.output_text.done", "item_id", itemId, "output_index", index, "content_index", 0, "text", text,
				"logprobs", List.of());
		add("response.content_part.done", "item_id", itemId, "output_index", index, "content_index", 0, "part", part);
	}

	private void functionCall(int index, String itemId, Map<String, @Nullable Object> item) {
		String name = (String) item.get("name");
		String arguments = (String) item.get("arguments");
		add("response.output_item.added", "output_index", index, "item",
				ResponseItems.functionCall(itemId, (String) item.get("call_id"), name, "", "in_progress"));
		for (String token : AnswerText.tokens(arguments)) {
			add("response.function_call_arguments.delta", "item_id", itemId, "output_index", index, "delta", token);
		}
		add("response.function_call_arguments.done", "item_id", itemId, "name", name, "output_index", index,
				"arguments", arguments);
	}

	private void fileSearchCall(int index, String itemId, Map<String, @Nullable Object> item) {
		@SuppressWarnings("unchecked")
		List<String> queries = (List<String>) item.get("queries");
		add("response.output_item.added", "output_index", index, "item",
				ResponseItems.fileSearchCall(itemId, queries, null, "in_progress"));
		add("response.file_search_call.in_progress", "output_index", index, "item_id", itemId);
		add("response.file_search_call.searching", "output_index", index, "item_id", itemId);
		add("response.file_search_call.completed", "output_index", index, "item_id", itemId);
	}

	private void add(String type, @Nullable Object... namesAndValues) {
		Map<String, @Nullable Object> event = new LinkedHashMap<>();
		event.put("type", type);
		event.put("sequence_number", this.list.size());
		event.putAll(JsonObjects.object(namesAndValues));
		this.list.add(event);
	}

}
