package dev.reactiveai.openai.helpers;

import dev.reactiveai.openai.core.internal.ServerText;

/**
 * The model refused to answer with the requested type; thrown by
 * {@link StructuredResult#orElseThrow()}, for chains that treat a refusal as a failure.
 */
public class StructuredOutputRefusedException extends StructuredOutputException {

	private static final long serialVersionUID = 1L;

	private final String refusal;

	/**
	 * Creates the exception.
	 * @param type the type that was requested
	 * @param refusal the model's explanation
	 */
	public StructuredOutputRefusedException(Class<?> type, String refusal) {
		super("The model refused to answer with a " + type.getSimpleName() + ": "
				+ ServerText.quote(refusal, ServerText.MAX_TEXT), null);
		this.refusal = refusal;
	}

	/**
	 * The model's explanation, as it came.
	 * @return the refusal
	 */
	public String refusal() {
		return this.refusal;
	}

}
