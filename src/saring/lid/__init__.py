"""saring's own language-ID model: hashed n-gram features, naive Bayes training, the saved model."""
