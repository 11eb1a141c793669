package dev.reactiveai.openai.helpers;

import java.util.ArrayList;
import java.util.List;

import dev.reactiveai.openai.types.FunctionCallOutputItemParam;
import dev.reactiveai.openai.types.FunctionToolCall;
import dev.reactiveai.openai.types.InputItem;
import dev.reactiveai.openai.types.OutputItem;
import dev.reactiveai.openai.types.Response;

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
 * Each output item passes as {@link OutputItem#asInput()} gives it: most are input items
 * already and pass as they are; the few that the API describes as a separate output type
 * (a stored function call output, a shell call, ...) are read as the input item of their
 * {@code type}; an item this version does not know passes back as it came.
 */
public final class ResponseItems {

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
			inputs.add(item.asInput());
		}
		return inputs;
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
