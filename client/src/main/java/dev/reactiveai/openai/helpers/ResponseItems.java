package dev.reactiveai.openai.helpers;

import java.util.ArrayList;
import java.util.List;

import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.types.FunctionCallOutputItemParam;
import dev.reactiveai.openai.types.FunctionToolCall;
import dev.reactiveai.openai.types.InputItem;
import dev.reactiveai.openai.types.Item;
import dev.reactiveai.openai.types.OutputItem;
import dev.reactiveai.openai.types.Response;
import tools.jackson.databind.json.JsonMapper;

/**
 * Input items of the next response request made from the output of the last one, for a
 * conversation kept by the client (without {@code previous_response_id}):
 *
 * <pre class="code">
 * input.addAll(ResponseItems.inputs(response));
 * input.add(ResponseItems.functionCallOutput(call, run(call)));
 * CreateResponse next = request.toBuilder().input(input).build();
 * </pre>
 *
 * Most output items are input items already (their records implement {@link Item}:
 * messages, function calls, reasoning, web and file searches, ...), and pass as they are.
 * For the few that the API describes as a separate output type (a function call output as
 * stored, with its id; a shell call; an apply-patch call; a tool search; a compaction; an
 * MCP approval response; a custom tool call output) the same JSON is read as the input
 * item it is; an item this version does not know passes back as it came.
 */
public final class ResponseItems {

	private static final JsonMapper MAPPER = OpenAiJson.mapper();

	private ResponseItems() {
	}

	/**
	 * A response's output, as input items.
	 * @param response the response
	 * @return its output items, in order, as input items
	 */
	public static List<InputItem> inputs(Response response) {
		List<InputItem> inputs = new ArrayList<>(response.output().size());
		for (OutputItem item : response.output()) {
			inputs.add(input(item));
		}
		return inputs;
	}

	/**
	 * An output item as an input item.
	 * @param item the output item
	 * @return the same item, as input
	 */
	public static InputItem input(OutputItem item) {
		if (item instanceof Item input) {
			return input;
		}
		if (item instanceof OutputItem.Unknown unknown) {
			return new Item.Unknown(unknown.json());
		}
		return MAPPER.convertValue(item, Item.class);
	}

	/**
	 * What a function call answered, as the input item that goes after the call.
	 * @param call the call, an output item of the response
	 * @param output what the function answered, as text (JSON, say)
	 * @return the function call output
	 */
	public static FunctionCallOutputItemParam functionCallOutput(FunctionToolCall call, String output) {
		return FunctionCallOutputItemParam.builder().callId(call.callId()).output(output).build();
	}

}
