"""Operations: each change a rep makes is one function here, run in one transaction."""
