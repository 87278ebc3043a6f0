module org.example.peek {
    requires org.accountkit.core;
}
