package dev.gridsight.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.gridsight.catalog.ColumnRole;
import dev.gridsight.catalog.DatasetSummary;
import dev.gridsight.catalog.TabularData;
import dev.gridsight.identity.CurrentUser;
import dev.gridsight.identity.UserAccount;
import dev.gridsight.platform.ContentTooLarge;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;

@RestController
@RequestMapping("/api/datasets")
class DatasetController {

	private final CurrentUser currentUser;

	private final DatasetService datasets;

	private final DatasetReader reader;

	private final RawSqlService sql;

	private final AppendService appends;

	private final DataSize maxUpload;

	DatasetController(CurrentUser currentUser, DatasetService datasets, DatasetReader reader, RawSqlService sql,
			AppendService appends, @Value("${spring.servlet.multipart.max-file-size:500MB}") DataSize maxUpload) {
		this.currentUser = currentUser;
		this.datasets = datasets;
		this.reader = reader;
		this.sql = sql;
		this.appends = appends;
		this.maxUpload = maxUpload;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	DatasetSummary importFile(@RequestParam("file") MultipartFile file,
			@RequestParam(value = "name", required = false) String name,
			@RequestParam(value = "workspaceId", required = false) UUID workspaceId,
			@RequestParam(value = "timeZone", required = false) String timeZone) throws IOException {
		if (file.isEmpty()) {
			throw new InvalidInput("The uploaded file is empty.");
		}
		return datasets.importFile(currentUser.get(), workspaceId, name, file.getOriginalFilename(), timeZone,
				moved(file));
	}

	/**
	 * The same import with the file as the raw request body (no multipart encoding), for
	 * scripts sending large files:
	 * {@code curl --data-binary @meters.csv -H 'Content-Type:
	 * application/octet-stream' '/api/datasets?fileName=meters.csv'}.
	 */
	@PostMapping(consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	DatasetSummary importBody(HttpServletRequest request, @RequestParam("fileName") String fileName,
			@RequestParam(value = "name", required = false) String name,
			@RequestParam(value = "workspaceId", required = false) UUID workspaceId,
			@RequestParam(value = "timeZone", required = false) String timeZone) {
		return datasets.importFile(currentUser.get(), workspaceId, name, fileName, timeZone, streamed(request));
	}

	/**
	 * The raw request body as an upload, refused with 413 past the upload limit: at once
	 * when the declared length is over it, else as soon as the bytes read pass it.
	 */
	private Upload streamed(HttpServletRequest request) {
		long limit = maxUpload.toBytes();
		if (request.getContentLengthLong() > limit) {
			throw tooLarge(limit);
		}
		return target -> {
			try (InputStream in = request.getInputStream(); OutputStream out = Files.newOutputStream(target)) {
				byte[] buffer = new byte[1 << 16];
				long total = 0;
				int read;
				while ((read = in.read(buffer)) > 0) {
					total += read;
					if (total > limit) {
						throw tooLarge(limit);
					}
					out.write(buffer, 0, read);
				}
			}
		};
	}

	/**
	 * The File overload lets the container move its spooled part into place; the Path
	 * overload would copy it byte by byte.
	 */
	private static Upload moved(MultipartFile file) {
		return target -> file.transferTo(target.toFile());
	}

	private static ContentTooLarge tooLarge(long limit) {
		return new ContentTooLarge("The file is larger than the upload limit of "
				+ DataSize.ofBytes(limit).toMegabytes() + " MB (GRIDSIGHT_MAX_UPLOAD). Nothing was imported.");
	}

	@PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	DatasetImporter.Preview preview(@RequestParam("file") MultipartFile file) throws IOException {
		if (file.isEmpty()) {
			throw new InvalidInput("The uploaded file is empty.");
		}
		return datasets.preview(currentUser.get(), file.getOriginalFilename(), moved(file));
	}

	/**
	 * The preview with the file, or only its first lines, as the raw request body; the
	 * web app sends the head of large delimited files here rather than the whole file.
	 */
	@PostMapping(path = "/preview", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
	DatasetImporter.Preview previewBody(HttpServletRequest request, @RequestParam("fileName") String fileName) {
		return datasets.preview(currentUser.get(), fileName, streamed(request));
	}

	record SqlQuery(UUID workspaceId, @NotBlank @Size(max = 20_000) String sql) {
	}

	/**
	 * One read-only SELECT over the workspace's datasets, by name; at most 10,000 rows.
	 */
	@PostMapping("/query")
	TabularData query(@Valid @RequestBody SqlQuery body) {
		UserAccount user = currentUser.get();
		return sql.run(user.id(), body.workspaceId() == null ? user.personalWorkspaceId() : body.workspaceId(),
				body.sql(), 10_000);
	}

	@GetMapping("/{id}/rows")
	TabularData rows(@PathVariable UUID id, @RequestParam(defaultValue = "50") int limit) {
		return reader.rows(currentUser.get(), id, limit);
	}

	@GetMapping("/{id}/columns/{column}/values")
	TabularData values(@PathVariable UUID id, @PathVariable String column,
			@RequestParam(defaultValue = "20") int limit) {
		return reader.values(currentUser.get(), id, column, limit);
	}

	record ColumnChange(ColumnRole role, @Size(max = 40) String unit, @Size(max = 1000) String description,
			List<@Size(max = 100) String> synonyms) {
	}

	@PatchMapping("/{id}/columns/{column}")
	DatasetSummary updateColumn(@PathVariable UUID id, @PathVariable String column,
			@Valid @RequestBody ColumnChange body) {
		return datasets.updateColumn(currentUser.get(), id, column, body.role(), body.unit(), body.description(),
				body.synonyms());
	}

	@GetMapping
	PageResult<DatasetSummary> list(@RequestParam(required = false) UUID workspaceId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return datasets.list(currentUser.get(), workspaceId, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	DatasetSummary get(@PathVariable UUID id) {
		return datasets.get(currentUser.get(), id);
	}

	record Rename(@NotBlank @Size(max = 200) String name) {
	}

	@PatchMapping("/{id}")
	DatasetSummary rename(@PathVariable UUID id, @Valid @RequestBody Rename body) {
		return datasets.rename(currentUser.get(), id, body.name());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		datasets.delete(currentUser.get(), id);
	}

	@PostMapping(path = "/{id}/rows", consumes = MediaType.APPLICATION_JSON_VALUE)
	AppendService.AppendResult appendJson(@PathVariable UUID id, @RequestBody String body,
			@RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey) {
		return appends.appendJson(currentUser.get(), id, body, idempotencyKey);
	}

	@PostMapping(path = "/{id}/rows", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	AppendService.AppendResult appendCsv(@PathVariable UUID id, @RequestBody String body,
			@RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey) {
		return appends.appendCsv(currentUser.get(), id, body, idempotencyKey);
	}

}
