package dev.reactiveai.openai.generator;

import java.util.List;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import org.jspecify.annotations.Nullable;

/**
 * Tells which list operations page, and how, from their generated response record: a
 * {@code data} list, {@code has_more}, and a cursor to continue from.
 */
final class Paging {

	/**
	 * How a cursor-paginated list continues.
	 *
	 * @param cursorParameter the query parameter that takes the cursor ({@code after} or
	 * {@code page})
	 * @param itemType the type of the items
	 * @param firstId the expression of the page's first id ({@code page.firstId()}) or
	 * {@code null}
	 * @param nextCursor the expression of the cursor of the next page
	 */
	record Shape(String cursorParameter, TypeName itemType, CodeBlock firstId, CodeBlock nextCursor) {

	}

	private final ModelGenerator models;

	Paging(ModelGenerator models) {
		this.models = models;
	}

	/**
	 * How an operation's answer pages, or null when it does not.
	 * @param responseType the type of the answer
	 * @param queryNames the operation's query parameters
	 * @return the shape, or null
	 */
	@Nullable Shape shape(TypeName responseType, List<String> queryNames) {
		TypeName itemType = itemType(responseType);
		if (itemType == null || this.models.componentType(responseType, "hasMore") == null) {
			return null;
		}
		CodeBlock firstId = has(responseType, "firstId") ? CodeBlock.of("page.firstId()") : CodeBlock.of("null");
		if (queryNames.contains("after")) {
			if (has(responseType, "lastId")) {
				return new Shape("after", itemType, firstId, CodeBlock.of("page.lastId()"));
			}
			if (has(responseType, "next")) {
				return new Shape("after", itemType, firstId, CodeBlock.of("page.next()"));
			}
			if (has(itemType, "id")) {
				return new Shape("after", itemType, firstId,
						// A null list is left to Page, which rejects it with a clear
						// message.
						CodeBlock.of("(page.data() == null || page.data().isEmpty()) ? null "
								+ ": page.data().get(page.data().size() - 1).id()"));
			}
		}
		if (queryNames.contains("page") && has(responseType, "nextPage")) {
			return new Shape("page", itemType, firstId, CodeBlock.of("page.nextPage()"));
		}
		return null;
	}

	/**
	 * The item type of a list answer (a {@code data} list of records or unions), or null.
	 * @param responseType the type of the answer
	 * @return the item type, or null
	 */
	@Nullable TypeName itemType(TypeName responseType) {
		TypeName data = this.models.componentType(responseType, "data");
		if (data instanceof ParameterizedTypeName list && list.rawType().equals(ModelGenerator.LIST)) {
			TypeName item = list.typeArguments().get(0).withoutAnnotations();
			return (item instanceof ClassName) ? item : null;
		}
		return null;
	}

	private boolean has(TypeName type, String javaName) {
		return this.models.componentType(type, javaName) != null;
	}

}
