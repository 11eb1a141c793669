package dev.reactiveai.openai.helpers;

import org.jspecify.annotations.Nullable;

/**
 * What a streaming tool loop ({@link ToolLoop#chatStream},
 * {@link ToolLoop#responseStream}) tells as it goes: the text of the answer as it streams
 * in, each tool call as it starts and finishes, and each round once its tools have run.
 * In one round the events come in this order: its text deltas, a {@link ToolCallStarted}
 * per call, a {@link ToolCallFinished} per call (in the order the calls finish, for they
 * run concurrently), then the round itself ({@link ToolLoop.ChatRound} or
 * {@link ToolLoop.ResponseRound}, with the answer put together from the stream). The last
 * event of a loop that ends well is the round that asked for no tool.
 *
 * <pre class="code">
 * loop.chatStream(chat.completions(), request).subscribe((event) -&gt; {
 * 	if (event instanceof ToolLoopEvent.TextDelta delta) {
 * 		page.append(delta.text());
 * 	}
 * 	else if (event instanceof ToolLoopEvent.ToolCallFinished call) {
 * 		page.showCall(call.name(), call.arguments(), call.output());
 * 	}
 * });
 * </pre>
 */
public sealed interface ToolLoopEvent permits ToolLoopEvent.TextDelta, ToolLoopEvent.ToolCallStarted,
		ToolLoopEvent.ToolCallFinished, ToolLoop.ChatRound, ToolLoop.ResponseRound {

	/**
	 * The round the event belongs to, from 1.
	 * @return the round
	 */
	int round();

	/**
	 * A piece of the answer's text, never empty.
	 *
	 * @param round the round, from 1
	 * @param text the piece
	 */
	record TextDelta(int round, String text) implements ToolLoopEvent {

	}

	/**
	 * The loop is about to run a call the model asked for.
	 *
	 * @param round the round, from 1
	 * @param callId the id of the call
	 * @param name the tool called
	 * @param arguments the arguments, JSON as the model wrote them
	 */
	record ToolCallStarted(int round, String callId, String name, String arguments) implements ToolLoopEvent {

	}

	/**
	 * A call has run, well or not; its output goes back to the model.
	 *
	 * @param round the round, from 1
	 * @param callId the id of the call
	 * @param name the tool called
	 * @param arguments the arguments, JSON as the model wrote them
	 * @param output what the model is sent back: the tool's result, or the error it is
	 * told of
	 * @param failure why the tool failed, or null when it answered
	 */
	record ToolCallFinished(int round, String callId, String name, String arguments, String output,
			@Nullable Throwable failure) implements ToolLoopEvent {

		/**
		 * Whether the tool failed (or is unknown) and the model was told so.
		 * @return whether it failed
		 */
		public boolean failed() {
			return this.failure != null;
		}

	}

}
