package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.List;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;

/**
 * What an inline type is to the type that declares it, as a JavaPoet format and its
 * arguments: "a {@link Response}'s {@code status}", "an item of a {@link Response}'s
 * {@code tools}". It documents a nested type whose schema has no description.
 *
 * @param format a JavaPoet format that starts with a lower-case word
 * @param arguments the format's arguments
 */
record Role(String format, List<Object> arguments) {

	/**
	 * The role of a property's type.
	 * @param property the property's name in the API
	 * @param owner the record that has the property
	 * @return the role
	 */
	static Role property(String property, ClassName owner) {
		return new Role("a {@link $T}'s " + escaped(MarkdownJavadoc.code(property)), List.of(owner));
	}

	/**
	 * The role of a type that is one of the forms of a union.
	 * @param union the union
	 * @return the role
	 */
	static Role variant(ClassName union) {
		return new Role("one of the forms of a {@link $T}", List.of(union));
	}

	/**
	 * Text for a format: its dollar signs escaped.
	 * @param javadoc the text
	 * @return the text as a format that reads as the text
	 */
	static String escaped(String javadoc) {
		return javadoc.replace("$", "$$");
	}

	/** The role of an element of a list of this. */
	Role item() {
		return prefixed("an item of ");
	}

	/** The role of a value of a map of this. */
	Role value() {
		return prefixed("a value of ");
	}

	private Role prefixed(String prefix) {
		return new Role(prefix + this.format, this.arguments);
	}

	/** The role as a Javadoc sentence. */
	CodeBlock sentence() {
		return CodeBlock.of(Descriptions.capitalized(this.format) + ".", this.arguments.toArray());
	}

	/**
	 * The role and what the type is, as a Javadoc sentence.
	 * @param detail what the type is
	 * @return the sentence
	 */
	CodeBlock sentence(Role detail) {
		List<Object> arguments = new ArrayList<>(this.arguments);
		arguments.addAll(detail.arguments());
		return CodeBlock.of(Descriptions.capitalized(this.format) + ": " + detail.format() + ".", arguments.toArray());
	}

}
