package dev.reactiveai.openai.generator;

import java.util.List;
import java.util.Map;

import com.palantir.javapoet.ClassName;
import org.jspecify.annotations.Nullable;

/**
 * The input form of every variant of a union of items an answer gives, read by
 * {@link InputFormReader}, so that an answer's items pass into the next request with one
 * call ({@code outputItem.asInput()}): what {@link InputFormEmitter} writes.
 *
 * @param unions the request's union of each answer's union ({@code OutputItem}:
 * {@code InputItem})
 * @param forms the form of each variant of the answers' unions, in their unions' order
 */
record InputForms(Map<ClassName, ClassName> unions, List<Form> forms) {

	/**
	 * The input form of one variant.
	 *
	 * @param variant the answer's variant
	 * @param outputUnion the answer's union
	 * @param inputUnion the request's union
	 * @param form the request's variant, the same as {@code variant} when it is one of
	 * the request's union's variants
	 * @param outputOnly the JSON paths of the properties only the variant declares
	 * ({@code created_by}, {@code output[].created_by})
	 */
	record Form(ClassName variant, ClassName outputUnion, ClassName inputUnion, ClassName form,
			List<String> outputOnly) {

		/** Whether the variant is a variant of the request's union as it is. */
		boolean identity() {
			return this.variant.equals(this.form);
		}

	}

	/** The request's union of an answer's union, or null when it has none. */
	@Nullable ClassName inputUnion(ClassName outputUnion) {
		return this.unions.get(outputUnion);
	}

	/**
	 * The answer's union whose items a request's union takes, or null when no variant
	 * passes into it.
	 */
	@Nullable ClassName outputUnion(ClassName inputUnion) {
		for (Form form : this.forms) {
			if (form.inputUnion().equals(inputUnion)) {
				return form.outputUnion();
			}
		}
		return null;
	}

	/** The input form of a variant, or null when it is no such variant. */
	@Nullable Form form(ClassName variant) {
		for (Form form : this.forms) {
			if (form.variant().equals(variant)) {
				return form;
			}
		}
		return null;
	}

}
