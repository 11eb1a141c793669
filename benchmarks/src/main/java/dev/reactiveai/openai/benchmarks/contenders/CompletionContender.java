package dev.reactiveai.openai.benchmarks.contenders;

import java.util.concurrent.CompletableFuture;

/**
 * A contender that makes non-streaming chat completions.
 */
public interface CompletionContender extends Contender {

	/**
	 * Make one chat completion and read its answer.
	 * @return the characters of the answer's content, so that the caller can check that
	 * the body was read
	 */
	CompletableFuture<Integer> complete();

}
