package dev.reactiveai.openai.simulator;

import java.util.List;

/**
 * What the simulated model answers a chat completion or a response with: text, calls of
 * function tools, or a search of the files followed by text that cites them.
 */
sealed interface Reply {

	/**
	 * The text the model wrote, which usage counts as output tokens.
	 * @return the text
	 */
	String written();

	/**
	 * A text answer.
	 *
	 * @param text the text: prose, or JSON when the request asked for it
	 */
	record Text(String text) implements Reply {

		@Override
		public String written() {
			return this.text;
		}

	}

	/**
	 * Calls of function tools, one or several in the same turn (parallel tool calls).
	 *
	 * @param calls the calls, in the order the model makes them
	 */
	record ToolCalls(List<Call> calls) implements Reply {

		public ToolCalls {
			calls = List.copyOf(calls);
		}

		@Override
		public String written() {
			StringBuilder written = new StringBuilder();
			this.calls.forEach((call) -> written.append(call.name()).append(call.arguments()));
			return written.toString();
		}

	}

	/**
	 * A call of a function tool.
	 *
	 * @param name the function's name
	 * @param arguments the arguments, a JSON object as text
	 */
	record Call(String name, String arguments) {

	}

	/**
	 * A search of vector stores with the {@code file_search} tool, and the answer from
	 * its hits.
	 *
	 * @param queries the queries searched
	 * @param hits the chunks found, best first
	 * @param text the answer
	 * @param citations the files the answer cites
	 */
	record FileSearch(List<String> queries, List<LexicalIndex.Hit> hits, String text,
			List<Citation> citations) implements Reply {

		@Override
		public String written() {
			return this.text;
		}

	}

	/**
	 * A file an answer cites.
	 *
	 * @param fileId the file's id
	 * @param filename the file's name
	 * @param index where in the text the citation stands: right after the sentence that
	 * quotes the file
	 */
	record Citation(String fileId, String filename, int index) {

	}

}
