print("volume_word loaded")
WORD = "volume"
