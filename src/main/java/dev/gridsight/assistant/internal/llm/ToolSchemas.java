package dev.gridsight.assistant.internal.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

import dev.gridsight.chat.CommandSpec;

/** A command's JSON schema (a plain map) as a LangChain4j tool specification. */
final class ToolSchemas {

	private ToolSchemas() {
	}

	static ToolSpecification tool(CommandSpec spec) {
		JsonSchemaElement parameters = element(spec.schema());
		JsonObjectSchema object = parameters instanceof JsonObjectSchema found ? found
				: JsonObjectSchema.builder().build();
		return ToolSpecification.builder()
			.name(spec.name())
			.description(spec.description() + (spec.usage() == null ? "" : " (slash form: " + spec.usage() + ")"))
			.parameters(object)
			.build();
	}

	static List<ToolSpecification> tools(List<CommandSpec> specs) {
		return specs.stream().map(ToolSchemas::tool).toList();
	}

	static JsonSchemaElement element(Map<?, ?> schema) {
		if (schema == null) {
			return JsonObjectSchema.builder().build();
		}
		String description = text(schema.get("description"));
		Object type = schema.get("type");
		Object values = schema.get("enum");
		if (values instanceof List<?> list && !list.isEmpty()) {
			List<String> names = new ArrayList<>();
			list.forEach(value -> names.add(String.valueOf(value)));
			return JsonEnumSchema.builder().enumValues(names).description(description).build();
		}
		if ("string".equals(type)) {
			return JsonStringSchema.builder().description(description).build();
		}
		if ("integer".equals(type)) {
			return JsonIntegerSchema.builder().description(description).build();
		}
		if ("number".equals(type)) {
			return JsonNumberSchema.builder().description(description).build();
		}
		if ("boolean".equals(type)) {
			return JsonBooleanSchema.builder().description(description).build();
		}
		if ("array".equals(type)) {
			Object items = schema.get("items");
			return JsonArraySchema.builder()
				.description(description)
				.items(items instanceof Map<?, ?> map ? element(map) : JsonStringSchema.builder().build())
				.build();
		}
		JsonObjectSchema.Builder object = JsonObjectSchema.builder().description(description);
		if (schema.get("properties") instanceof Map<?, ?> properties) {
			properties.forEach((name, property) -> object.addProperty(String.valueOf(name),
					property instanceof Map<?, ?> map ? element(map) : JsonStringSchema.builder().build()));
		}
		if (schema.get("required") instanceof List<?> required) {
			object.required(required.stream().map(String::valueOf).toList());
		}
		return object.build();
	}

	private static String text(Object value) {
		return value == null ? null : String.valueOf(value);
	}

}
