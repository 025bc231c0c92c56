print("wf")
