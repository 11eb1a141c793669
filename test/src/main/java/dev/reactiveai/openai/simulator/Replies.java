package dev.reactiveai.openai.simulator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * How the simulated model answers a {@link Turn}, the same for chat completions and
 * responses:
 * <ol>
 * <li>a {@link Script scripted} answer, if one is queued (a scripted tool call without
 * arguments gets them from the offered function's schema);</li>
 * <li>after the outputs of tools, text that quotes them;</li>
 * <li>with {@code tool_choice} {@code none}, or no tools, text;</li>
 * <li>else a tool: the function {@code tool_choice} names, or {@code file_search} when
 * chosen; otherwise the functions whose names the prompt mentions ("weather" calls
 * {@code get_weather}; "weather and time" calls {@code get_weather} and
 * {@code current_time} in the same turn, in the order the request offers them, unless
 * {@code parallel_tool_calls} is {@code false}, which keeps the first), else
 * {@code file_search} when offered, else the first function.</li>
 * </ol>
 * Text is in the format the request asks: prose, a JSON object, or JSON valid against the
 * schema of structured outputs. A tool call's arguments are valid against the function's
 * parameters. A file search searches the vector stores the tool names with the prompt and
 * answers with quotes of the best files, each cited.
 */
final class Replies {

	private static final int MAX_RESULTS = 10;

	private static final int CITED_FILES = 3;

	private static final int EXCERPT_WORDS = 20;

	/** Words of function names too common to tell that a prompt mentions the function. */
	private static final Set<String> COMMON_WORDS = Set.of("get", "set", "list", "create", "update", "delete", "fetch",
			"find", "search", "lookup", "make", "call", "tool", "function", "run", "send", "data", "info");

	private final Simulation simulation;

	Replies(Simulation simulation) {
		this.simulation = simulation;
	}

	/**
	 * The answer to a turn.
	 * @param turn the request as the model reads it
	 * @return the answer
	 */
	Reply reply(Turn turn) {
		Script.Reply scripted = this.simulation.script().takeReply();
		if (scripted != null) {
			return scripted(scripted, turn);
		}
		if (turn.toolOutputs().size() == 1) {
			return text(turn,
					"The tool answered: " + turn.toolOutputs().get(0) + ". " + AnswerText.answer(turn.prompt()));
		}
		if (!turn.toolOutputs().isEmpty()) {
			return text(turn, "The tools answered: " + String.join("; ", turn.toolOutputs()) + ". "
					+ AnswerText.answer(turn.prompt()));
		}
		Tools tools = turn.tools();
		return switch (tools.choice().mode()) {
			case NONE -> text(turn, AnswerText.answer(turn.prompt()));
			case FUNCTION -> call(tools.function(tools.choice().function()), turn);
			case FILE_SEARCH -> search(tools.fileSearch(), turn);
			case AUTO, REQUIRED -> chosenTool(turn);
		};
	}

	private Reply chosenTool(Turn turn) {
		Tools tools = turn.tools();
		List<Tools.Function> mentioned = mentioned(tools.functions(), turn.prompt());
		if (!mentioned.isEmpty()) {
			List<Reply.Call> calls = new ArrayList<>();
			for (Tools.Function function : tools.parallelCalls() ? mentioned : mentioned.subList(0, 1)) {
				calls.add(arguments(function, turn));
			}
			return new Reply.ToolCalls(calls);
		}
		if (tools.fileSearch() != null) {
			return search(tools.fileSearch(), turn);
		}
		if (!tools.functions().isEmpty()) {
			return call(tools.functions().get(0), turn);
		}
		return text(turn, AnswerText.answer(turn.prompt()));
	}

	private static Reply scripted(Script.Reply scripted, Turn turn) {
		if (scripted.text() != null) {
			return new Reply.Text(scripted.text());
		}
		String name = (scripted.toolName() != null) ? scripted.toolName() : "tool";
		if (scripted.arguments() != null) {
			return new Reply.ToolCalls(List.of(new Reply.Call(name, scripted.arguments())));
		}
		Tools.Function function = turn.tools().function(name);
		return new Reply.ToolCalls(
				List.of((function != null) ? arguments(function, turn) : new Reply.Call(name, "{}")));
	}

	private static Reply text(Turn turn, String prose) {
		return new Reply.Text(turn.format().answer(turn.prompt(), prose));
	}

	private static Reply call(Tools.@Nullable Function function, Turn turn) {
		if (function == null) {
			throw new IllegalStateException("No function to call for " + turn.tools());
		}
		return new Reply.ToolCalls(List.of(arguments(function, turn)));
	}

	private static Reply.Call arguments(Tools.Function function, Turn turn) {
		return new Reply.Call(function.name(),
				SchemaValues.arguments(function.parameters(), turn.prompt(), function.param()));
	}

	/** The functions whose names the prompt mentions, in the request's order. */
	static List<Tools.Function> mentioned(List<Tools.Function> functions, String prompt) {
		String text = prompt.toLowerCase(Locale.ROOT);
		List<Tools.Function> mentioned = new ArrayList<>();
		for (Tools.Function function : functions) {
			for (String word : function.name().split("(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+")) {
				String lower = word.toLowerCase(Locale.ROOT);
				if (lower.length() > 2 && !COMMON_WORDS.contains(lower)
						&& Pattern.compile("\\b" + Pattern.quote(lower) + "(s|es)?\\b").matcher(text).find()) {
					mentioned.add(function);
					break;
				}
			}
		}
		return mentioned;
	}

	private Reply search(@Nullable JsonNode tool, Turn turn) {
		if (tool == null) {
			throw new IllegalStateException("No file_search tool in " + turn.tools());
		}
		List<VectorStoreFile> files = new ArrayList<>();
		List<VectorStore> stores = new ArrayList<>();
		for (String id : JsonObjects.strings(tool.path("vector_store_ids"))) {
			VectorStore store = this.simulation.vectorStores().get(id);
			stores.add(store);
			files.addAll(store.files().list());
		}
		int maxResults = tool.path("max_num_results").asInt(MAX_RESULTS);
		if (maxResults < 1 || maxResults > 50) {
			throw SimulatorException.invalidRequest(
					"Invalid 'max_num_results' of the file_search tool: " + maxResults + " is not between 1 and 50.",
					"tools.max_num_results");
		}
		String query = turn.prompt();
		List<LexicalIndex.Hit> hits = LexicalIndex.search(files, query, maxResults,
				tool.path("ranking_options").path("score_threshold").asDouble(0), tool.path("filters"));
		stores.forEach((store) -> store.touch(this.simulation.now()));
		if (turn.format().kind() != OutputFormat.Kind.TEXT) {
			return new Reply.FileSearch(List.of(query), hits, turn.format().answer(query, AnswerText.answer(query)),
					List.of());
		}
		return cited(query, hits);
	}

	/** The answer from the hits: a quote of each of the best files, cited. */
	private static Reply.FileSearch cited(String query, List<LexicalIndex.Hit> hits) {
		if (hits.isEmpty()) {
			return new Reply.FileSearch(List.of(query), hits,
					"I searched the files for \"" + query.strip() + "\" and found nothing about it.", List.of());
		}
		StringBuilder text = new StringBuilder("From the files:");
		List<Reply.Citation> citations = new ArrayList<>();
		Set<String> cited = new LinkedHashSet<>();
		for (LexicalIndex.Hit hit : hits) {
			VectorStoreFile file = hit.file();
			if (cited.size() == CITED_FILES || !cited.add(file.fileId())) {
				continue;
			}
			text.append(' ').append(file.filename()).append(" says \"").append(excerpt(hit.text())).append("\".");
			citations.add(new Reply.Citation(file.fileId(), file.filename(), text.length()));
		}
		return new Reply.FileSearch(List.of(query), hits, text.toString(), citations);
	}

	private static String excerpt(String chunk) {
		String[] words = chunk.strip().split("\\s+");
		if (words.length <= EXCERPT_WORDS) {
			return String.join(" ", words);
		}
		return String.join(" ", List.of(words).subList(0, EXCERPT_WORDS)) + "…";
	}

}
