module org.example.shop {
    requires org.accountkit.core;
    requires org.accountkit.inmemory;
    requires org.accountkit.argon2;
    requires org.accountkit.jdbc;
    requires java.sql;
}
