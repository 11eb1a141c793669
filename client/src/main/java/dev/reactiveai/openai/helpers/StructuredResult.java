package dev.reactiveai.openai.helpers;

/**
 * A structured answer: the value read from the model's JSON, or the model's refusal to
 * give one. A refusal is an answer, not an error (strict mode lets the model refuse
 * instead of following the schema), so it is a result of its own; {@link #orElseThrow()}
 * turns it into an exception where a chain has no use for it.
 *
 * @param <T> the type asked for
 * @param <R> the raw answer: a chat completion or a response
 */
public sealed interface StructuredResult<T, R> permits StructuredResult.Parsed, StructuredResult.Refused {

	/**
	 * The answer as the API sent it: usage, ids, finish reason.
	 * @return the raw answer
	 */
	R raw();

	/**
	 * The value, or an exception when the model refused.
	 * @return the value
	 * @throws StructuredOutputRefusedException when the model refused
	 */
	T orElseThrow();

	/**
	 * The model answered with a value of the type.
	 *
	 * @param <T> the type asked for
	 * @param <R> the raw answer
	 * @param value the value, read from the answer's JSON
	 * @param raw the answer as the API sent it
	 */
	record Parsed<T, R>(T value, R raw) implements StructuredResult<T, R> {

		@Override
		public T orElseThrow() {
			return this.value;
		}

	}

	/**
	 * The model refused to answer with the type.
	 *
	 * @param <T> the type asked for
	 * @param <R> the raw answer
	 * @param refusal the model's explanation
	 * @param type the type asked for
	 * @param raw the answer as the API sent it
	 */
	record Refused<T, R>(String refusal, Class<T> type, R raw) implements StructuredResult<T, R> {

		@Override
		public T orElseThrow() {
			throw new StructuredOutputRefusedException(this.type, this.refusal);
		}

	}

}
