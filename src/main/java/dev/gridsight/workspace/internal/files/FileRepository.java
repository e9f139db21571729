package dev.gridsight.workspace.internal.files;

import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.gridsight.platform.PageQuery;

@Repository
class FileRepository {

	private static final String SELECT = """
			select f.id, f.workspace_id, f.name, f.media_type, f.charset, f.kind, f.size_bytes, f.chunk_count,
			       f.page_count, f.status, f.created_at, f.created_by, u.display_name
			from workspace_files f left join users u on u.id = f.created_by
			""";

	private final JdbcClient jdbc;

	FileRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A passage with its embedding, as read for retrieval. */
	record Passage(UUID fileId, String fileName, int index, Integer page, String text, float[] embedding) {
	}

	/** A passage to store. */
	record NewPassage(int index, Integer page, String text, float[] embedding) {
	}

	void insert(StoredFile file) {
		jdbc.sql("""
				insert into workspace_files (id, workspace_id, name, media_type, charset, kind, size_bytes, chunk_count,
				                             page_count, status, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(file.id(), file.workspaceId(), file.name(), file.mediaType(), file.charset(), file.kind(),
					file.size(), file.chunks(), file.pages(), file.status(), file.createdAt(), file.createdBy())
			.update();
	}

	void insertPassages(UUID fileId, List<NewPassage> passages) {
		for (NewPassage passage : passages) {
			jdbc.sql(
					"insert into workspace_file_chunks (file_id, chunk_no, page, text, embedding) values (?, ?, ?, ?, ?)")
				.params(fileId, passage.index(), passage.page(), passage.text(), bytes(passage.embedding()))
				.update();
		}
	}

	/** Whether the file was still processing (and is now ready). */
	boolean markReady(UUID fileId, int chunks) {
		return jdbc
			.sql("update workspace_files set status = 'ready', chunk_count = ? where id = ? and status = 'processing'")
			.params(chunks, fileId)
			.update() == 1;
	}

	void markFailed(UUID fileId, String status) {
		jdbc.sql("update workspace_files set status = ? where id = ? and status = 'processing'")
			.params(status, fileId)
			.update();
	}

	int failProcessing(String status) {
		return jdbc.sql("update workspace_files set status = ? where status = 'processing'").param(status).update();
	}

	List<StoredFile> page(UUID workspaceId, PageQuery page) {
		return jdbc.sql(SELECT + " where f.workspace_id = ? order by f.created_at desc, f.id limit ? offset ?")
			.params(workspaceId, page.size(), page.offset())
			.query(FileRepository::map)
			.list();
	}

	long count(UUID workspaceId) {
		return jdbc.sql("select count(*) from workspace_files where workspace_id = ?")
			.param(workspaceId)
			.query(Long.class)
			.single();
	}

	Optional<StoredFile> find(UUID workspaceId, UUID fileId) {
		return jdbc.sql(SELECT + " where f.workspace_id = ? and f.id = ?")
			.params(workspaceId, fileId)
			.query(FileRepository::map)
			.optional();
	}

	/** The files among {@code ids} that belong to the workspace, with their kind. */
	List<StoredFile> among(UUID workspaceId, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<StoredFile> found = new ArrayList<>();
		for (UUID id : new HashSet<>(ids)) {
			find(workspaceId, id).ifPresent(found::add);
		}
		return found;
	}

	Set<UUID> existing(UUID workspaceId, Collection<UUID> ids) {
		Set<UUID> found = new HashSet<>();
		for (StoredFile file : among(workspaceId, ids)) {
			found.add(file.id());
		}
		return found;
	}

	void rename(UUID workspaceId, UUID fileId, String name) {
		jdbc.sql("update workspace_files set name = ? where workspace_id = ? and id = ?")
			.params(name, workspaceId, fileId)
			.update();
	}

	void delete(UUID workspaceId, UUID fileId) {
		jdbc.sql(
				"delete from workspace_file_chunks where file_id = (select id from workspace_files where workspace_id = ? and id = ?)")
			.params(workspaceId, fileId)
			.update();
		jdbc.sql("delete from workspace_files where workspace_id = ? and id = ?").params(workspaceId, fileId).update();
	}

	/** Every passage of the given files of the workspace. */
	List<Passage> passages(UUID workspaceId, Collection<UUID> fileIds) {
		List<Passage> all = new ArrayList<>();
		for (UUID fileId : new HashSet<>(fileIds)) {
			all.addAll(jdbc.sql("""
					select c.file_id, f.name, c.chunk_no, c.page, c.text, c.embedding
					from workspace_file_chunks c join workspace_files f on f.id = c.file_id
					where f.workspace_id = ? and f.id = ?""")
				.params(workspaceId, fileId)
				.query((rs, n) -> new Passage(rs.getObject("file_id", UUID.class), rs.getString("name"),
						rs.getInt("chunk_no"), (Integer) rs.getObject("page"), rs.getString("text"),
						floats(rs.getBytes("embedding"))))
				.list());
		}
		return all;
	}

	static byte[] bytes(float[] vector) {
		ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES);
		for (float v : vector) {
			buffer.putFloat(v);
		}
		return buffer.array();
	}

	static float[] floats(byte[] bytes) {
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		float[] vector = new float[bytes.length / Float.BYTES];
		for (int i = 0; i < vector.length; i++) {
			vector[i] = buffer.getFloat();
		}
		return vector;
	}

	private static StoredFile map(ResultSet rs, int n) throws SQLException {
		return new StoredFile(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getString("name"), rs.getString("media_type"), rs.getString("charset"), rs.getString("kind"),
				rs.getLong("size_bytes"), rs.getInt("chunk_count"), (Integer) rs.getObject("page_count"),
				rs.getString("status"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("created_by", UUID.class), rs.getString("display_name"));
	}

}
