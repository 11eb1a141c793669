package dev.reactiveai.openai.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The text the simulator answers with: derived from the input only, so the same prompt
 * always gets the same answer, and split into tokens the way a stream sends them.
 */
final class AnswerText {

	private static final List<String> SENTENCES = List.of("The OpenAI simulator wrote this answer on your machine.",
			"No request left it, and no key or bill was involved.",
			"Every word arrives as its own event, paced like a real model.",
			"Set OPENAI_API_KEY and switch the simulator off to talk to the real API.",
			"The same question always gets the same answer, which keeps tests repeatable.",
			"Reactive streams let the page show each token as soon as it arrives.",
			"Tools, stored responses and conversations behave as the API describes them.",
			"Faults can be scripted: rate limits, cut streams and calls that hang.",
			"Usage counts are estimated at about four characters per token.");

	private static final int PROMPT_QUOTE = 80;

	private AnswerText() {
	}

	/**
	 * The answer to a prompt.
	 * @param prompt the input, such as the last user message
	 * @return a few sentences that quote the prompt
	 */
	static String answer(String prompt) {
		String quoted = prompt.strip().replaceAll("\\s+", " ");
		if (quoted.length() > PROMPT_QUOTE) {
			quoted = quoted.substring(0, PROMPT_QUOTE) + "…";
		}
		Random random = new Random(prompt.hashCode());
		List<String> sentences = new ArrayList<>(SENTENCES);
		StringBuilder answer = new StringBuilder("You said: \"").append(quoted).append("\".");
		for (int i = 0; i < 3; i++) {
			answer.append(' ').append(sentences.remove(random.nextInt(sentences.size())));
		}
		return answer.toString();
	}

	/**
	 * The tokens of a text: each word with the space before it, so that joining them
	 * gives the text back.
	 * @param text the text
	 * @return the tokens, none for an empty text
	 */
	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= text.length(); i++) {
			if (i == text.length() || text.charAt(i) == ' ') {
				tokens.add(text.substring(start, i));
				start = i;
			}
		}
		return tokens;
	}

	/**
	 * An estimate of how many tokens a model would count, as the API's rule of thumb.
	 * @param text the text
	 * @return about one token per four characters, at least one for a non-empty text
	 */
	static long countTokens(String text) {
		return text.isEmpty() ? 0 : Math.max(1, (text.length() + 3) / 4);
	}

}
