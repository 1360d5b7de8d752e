package io.vitrine.operator.platform.postgres;

import java.sql.SQLException;

/** PostgreSQL answered but refused a tenant operation (not a connectivity problem). */
public class TenantDatabaseException extends RuntimeException {

  TenantDatabaseException(String message, SQLException cause) {
    super(message + ": " + cause.getMessage() + " (SQLSTATE " + cause.getSQLState() + ")", cause);
  }
}
